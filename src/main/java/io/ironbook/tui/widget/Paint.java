package io.ironbook.tui.widget;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import io.ironbook.tui.render.Segment;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.Style;
import io.ironbook.tui.theme.StyleKey;

/** Drawing helpers shared by the components: styles onto graphics, styled lines into a row. */
public final class Paint {

    private Paint() {
    }

    /**
     * {@code text} safe to put on the screen: a tab becomes a space and any other control character (an escape
     * sequence in a remote log line, a bell) a {@code ?}. Lanterna refuses control characters, and text from
     * nodes, bundles and journals may hold them.
     */
    public static String printable(String text) {
        int i = 0;
        while (i < text.length() && !Character.isISOControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            clean.append(!Character.isISOControl(c) ? c : c == '\t' ? ' ' : '?');
        }
        return clean.toString();
    }

    /** Makes {@code style} the graphics' current colours and modifiers. */
    public static void use(TextGUIGraphics graphics, Style style) {
        graphics.setForegroundColor(style.foreground());
        graphics.setBackgroundColor(style.background());
        graphics.clearModifiers();
        if (!style.modifiers().isEmpty()) {
            graphics.enableModifiers(style.modifierArray());
        }
    }

    /** Fills one row with spaces in {@code style}. */
    public static void clearRow(TextGUIGraphics graphics, Look look, int row, StyleKey style) {
        use(graphics, look.style(style));
        graphics.putString(0, row, " ".repeat(Math.max(0, graphics.getSize().getColumns())));
    }

    /**
     * Draws a styled line into a row from column {@code x}, cut at the graphics' width; the rest of the row is
     * filled in {@code fill}.
     */
    public static void line(TextGUIGraphics graphics, Look look, int row, int x, StyledLine line, StyleKey fill) {
        int width = graphics.getSize().getColumns();
        clearRow(graphics, look, row, fill);
        int col = x;
        for (Segment segment : line.segments()) {
            if (col >= width) {
                break;
            }
            String text = TerminalTextUtils.fitString(printable(segment.text()), width - col);
            use(graphics, look.style(segment.style()));
            graphics.putString(col, row, text);
            col += TerminalTextUtils.getColumnWidth(text);
        }
    }

    /** Draws {@code text} cut or padded to exactly {@code width} columns at (x, row) in {@code style}. */
    public static void cell(TextGUIGraphics graphics, Style style, int x, int row, String text, int width) {
        if (width <= 0) {
            return;
        }
        use(graphics, style);
        String fitted = TerminalTextUtils.fitString(printable(text), width);
        int pad = width - TerminalTextUtils.getColumnWidth(fitted);
        graphics.putString(x, row, pad > 0 ? fitted + " ".repeat(pad) : fitted);
    }
}
