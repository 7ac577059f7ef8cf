package io.ironbook.tui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.theme.ThemeCatalogue;
import io.ironbook.tui.widget.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GateDialogTest {
    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;
    private MultiWindowTextGUI gui;
    private Look look;
    private final List<Boolean> answers = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen, new DefaultWindowManager(), null,
                new EmptySpace(TextColor.ANSI.BLACK));
        ThemeCatalogue themes = ThemeCatalogue.load(Optional.empty(), false);
        look = new Look(themes.get("dark"), Glyphs.unicodeSet());
        gui.setTheme(look.theme().lanterna());
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
    }

    private void pump() throws Exception {
        while (gui.getGUIThread().processEventsAndUpdate()) {
            // keep going
        }
    }

    private void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            pump();
        }
    }

    private void press(KeyType key) throws Exception {
        terminal.addInput(new KeyStroke(key));
        pump();
    }

    private String text() {
        StringBuilder all = new StringBuilder();
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 100; col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                all.append(c == null ? " " : c.getCharacterString());
            }
            all.append('\n');
        }
        return all.toString();
    }

    private GateDialog typedGate() throws Exception {
        GateDialog dialog = GateDialog.ask(gui, look, GateRequest.typed("Halt k8s-worker-01?",
                List.of("Runs on k8s-worker-01 as root:", "  systemctl stop kubelet containerd && shutdown -h now"),
                "k8s-worker-01", "Halt"), answers::add);
        pump();
        return dialog;
    }

    @Test
    void aTypedGateShowsWhatWillHappenWithCancelFocused() throws Exception {
        GateDialog dialog = typedGate();
        assertThat(text()).contains("Halt k8s-worker-01?", "systemctl stop kubelet containerd && shutdown -h now",
                "Type \"k8s-worker-01\" to confirm:", "Cancel", "Halt");
        assertThat(dialog.window().getFocusedInteractable()).isInstanceOf(Button.class);
        assertThat(((Button) dialog.window().getFocusedInteractable()).getLabel()).isEqualTo("Cancel");
        press(KeyType.Enter);
        assertThat(answers).containsExactly(false);
        assertThat(text()).doesNotContain("Halt k8s-worker-01?");
    }

    @Test
    void theTypedGatesOkStaysInertUntilTheTextMatchesExactly() throws Exception {
        GateDialog dialog = typedGate();
        type("k8s-worker-0");
        Button ok = okButton(dialog);
        assertThat(ok.isEnabled()).isFalse();
        ok.handleInput(new KeyStroke(KeyType.Enter));
        pump();
        assertThat(answers).isEmpty();
        type("2");
        assertThat(ok.isEnabled()).isFalse();
        press(KeyType.Backspace);
        type("1");
        assertThat(ok.isEnabled()).isTrue();
        dialog.window().setFocusedInteractable(ok);
        press(KeyType.Enter);
        assertThat(answers).containsExactly(true);
    }

    @Test
    void escapeCancelsATypedGateEvenWithTheTextTyped() throws Exception {
        typedGate();
        type("k8s-worker-01");
        press(KeyType.Escape);
        assertThat(answers).containsExactly(false);
    }

    @Test
    void aRunnerThreadWaitsForTheOperatorsAnswer() throws Exception {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return GateDialog.askAndWait(gui, look, GateRequest.confirm("Reboot k8s-worker-01?",
                        List.of("Runs: systemctl reboot"), "Reboot"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.currentTimeMillis() + 5000;
        while (!text().contains("Reboot k8s-worker-01?") && System.currentTimeMillis() < deadline) {
            pump();
            Thread.sleep(5);
        }
        assertThat(answer).isNotDone();
        press(KeyType.Tab);
        press(KeyType.Enter);
        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void longLinesWrapUnderTheirIndent() {
        assertThat(GateDialog.wrap("  one two three four", 10)).containsExactly("  one two", "    three", "    four");
    }

    private static Button okButton(GateDialog dialog) {
        List<Button> buttons = new ArrayList<>();
        collect(dialog.window().getComponent(), buttons);
        return buttons.stream().filter(button -> button.getLabel().equals("Halt")).findFirst().orElseThrow();
    }

    private static void collect(com.googlecode.lanterna.gui2.Component component, List<Button> buttons) {
        if (component instanceof Button button) {
            buttons.add(button);
        } else if (component instanceof com.googlecode.lanterna.gui2.Container container) {
            container.getChildren().forEach(child -> collect(child, buttons));
        }
    }
}
