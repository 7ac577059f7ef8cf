package io.ironbook.tui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTextGuiTest {

    private static String row(DefaultVirtualTerminal terminal, int row) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < terminal.getTerminalSize().getColumns(); col++) {
            text.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return text.toString();
    }

    @Test
    void withoutAFullScreenWindowTheBackgroundIsPaintedAndAWindowOverItShowsWithItsDialogs() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(40, 12));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ConsoleTextGui gui = new ConsoleTextGui(new SameTextGUIThread.Factory(), screen, TextColor.ANSI.BLUE);
        gui.updateScreen();
        assertThat(terminal.getCharacter(0, 0).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);

        BasicWindow full = new BasicWindow();
        full.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        full.setComponent(new Label("the whole screen"));
        gui.addWindow(full);
        BasicWindow dialog = new BasicWindow("Gate");
        dialog.setHints(List.of(Window.Hint.CENTERED));
        dialog.setComponent(new Label("Cordon worker-1?"));
        gui.addWindow(dialog);
        gui.updateScreen();

        assertThat(row(terminal, 0)).startsWith("the whole screen");
        assertThat(terminal.getCharacter(39, 11).getBackgroundColor()).isNotEqualTo(TextColor.ANSI.BLUE);
        StringBuilder all = new StringBuilder();
        for (int r = 0; r < 12; r++) {
            all.append(row(terminal, r)).append('\n');
        }
        assertThat(all.toString()).contains("Gate", "Cordon worker-1?");

        gui.removeWindow(full);
        gui.removeWindow(dialog);
        gui.updateScreen();
        assertThat(row(terminal, 0).strip()).isEmpty();
        assertThat(terminal.getCharacter(0, 0).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
        screen.stopScreen();
    }
}
