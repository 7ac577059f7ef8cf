package io.ironbook.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.Paint;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The console's one full-screen window. Below {@value #MIN_COLUMNS}x{@value #MIN_ROWS} it draws only a
 * message asking for a larger terminal (keys still work, so {@code q} quits); it redraws normally as soon
 * as the terminal is large enough again.
 */
final class ConsoleWindow extends BasicWindow {
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;
    private final Look look;

    /**
     * The frame: header lines on top, the body in the middle, footer lines at the bottom; every key goes to
     * {@code keys}.
     */
    ConsoleWindow(Look look, List<Component> headerLines, Panel body, List<Component> footerLines,
            Consumer<KeyStroke> keys) {
        super("ironbook");
        this.look = look;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        Panel top = lines(headerLines);
        Panel bottom = lines(footerLines);
        Panel root = new Panel(new BorderLayout());
        root.addComponent(top, BorderLayout.Location.TOP);
        root.addComponent(body, BorderLayout.Location.CENTER);
        root.addComponent(bottom, BorderLayout.Location.BOTTOM);
        for (Panel panel : List.of(top, bottom, root, body)) {
            // every component paints all of its cells: a background fill first would double the redraw cost
            ((Panel.DefaultPanelRenderer) panel.getRenderer()).setFillAreaBeforeDrawingComponents(false);
        }
        setComponent(root);
        addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                deliverEvent.set(false);
                keys.accept(key);
            }
        });
    }

    private static Panel lines(List<Component> components) {
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        components.forEach(component -> panel.addComponent(component,
                LinearLayout.createLayoutData(LinearLayout.Alignment.Fill)));
        return panel;
    }

    @Override
    public void draw(TextGUIGraphics graphics) {
        TerminalSize size = graphics.getSize();
        super.draw(graphics);
        if (size.getColumns() >= MIN_COLUMNS && size.getRows() >= MIN_ROWS) {
            return;
        }
        Paint.use(graphics, look.style(StyleKey.ROW));
        graphics.fill(' ');
        String[] lines = {
            "ironbook needs a terminal of at least " + MIN_COLUMNS + "x" + MIN_ROWS + ";",
            "this one is " + size.getColumns() + "x" + size.getRows() + ". Enlarge it, or press q to quit."};
        int top = Math.max(0, size.getRows() / 2 - 1);
        for (int i = 0; i < lines.length && top + i < size.getRows(); i++) {
            Paint.cell(graphics, look.style(StyleKey.MESSAGE_ERROR), 0, top + i, lines[i], size.getColumns());
        }
    }
}
