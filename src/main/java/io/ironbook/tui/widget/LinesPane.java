package io.ironbook.tui.widget;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.tui.render.Segment;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Scrollable styled text: the detail, help, diagnosis and journal screens, and a dialog's explanation. Only
 * the rows on screen are drawn. Text may depend on the width (wrapped to it): it is then laid out again when
 * the width changes. A line holding a {@link StyleKey#ROW_SELECTED} segment is the selection, which
 * {@link #revealSelection} scrolls into view.
 */
public final class LinesPane extends AbstractComponent<LinesPane> {
    /** Columns left of the text. */
    private static final int MARGIN = 1;

    private final Look look;
    private List<StyledLine> lines = List.of();
    private IntFunction<List<StyledLine>> layout;
    private int laidOutFor = -1;
    private boolean reveal;
    private int top;
    private int height = 1;
    private int preferredRows;

    public LinesPane(Look look) {
        this(look, 1);
    }

    /** A pane that asks for up to {@code preferredRows} rows (dialogs size themselves by it). */
    public LinesPane(Look look, int preferredRows) {
        this.look = look;
        this.preferredRows = preferredRows;
    }

    /** Replaces the text, keeping the scroll position where possible. */
    public void lines(List<StyledLine> newLines) {
        this.layout = null;
        this.lines = List.copyOf(newLines);
        clampTop();
        invalidate();
    }

    /**
     * Replaces the text by one laid out for a width (the columns available to the text), asked again
     * whenever the width changes; the scroll position is kept where possible.
     */
    public void lines(IntFunction<List<StyledLine>> newLayout) {
        this.layout = newLayout;
        this.laidOutFor = -1;
        invalidate();
    }

    public List<StyledLine> lines() {
        return lines;
    }

    /** Scrolls the selected line into view at the next draw. */
    public void revealSelection() {
        reveal = true;
        invalidate();
    }

    /** Scrolls the least needed to show line {@code index}. */
    public void reveal(int index) {
        int before = top;
        if (index < top) {
            top = Math.max(0, index);
        } else if (index >= top + height) {
            top = index - height + 1;
        }
        if (top != before) {
            invalidate();
        }
    }

    /** Scrolls on Up/Down, PgUp/PgDn, Home/End; false for any other key. */
    public boolean scroll(KeyStroke key) {
        int before = top;
        int max = Math.max(0, lines.size() - height);
        switch (key.getKeyType()) {
            case ArrowDown -> top = Math.min(max, top + 1);
            case ArrowUp -> top = Math.max(0, top - 1);
            case PageDown -> top = Math.min(max, top + Math.max(1, height - 1));
            case PageUp -> top = Math.max(0, top - Math.max(1, height - 1));
            case Home -> top = 0;
            case End -> top = max;
            default -> {
                return false;
            }
        }
        if (top != before) {
            invalidate();
        }
        return true;
    }

    private void clampTop() {
        top = Math.max(0, Math.min(top, lines.size() - 1));
    }

    private void layOut(int columns) {
        if (layout != null && columns != laidOutFor) {
            lines = List.copyOf(layout.apply(Math.max(1, columns - 2 * MARGIN)));
            laidOutFor = columns;
            clampTop();
        }
        if (reveal) {
            reveal = false;
            for (int i = 0; i < lines.size(); i++) {
                if (selected(lines.get(i))) {
                    if (i < top) {
                        top = i;
                    } else if (i >= top + height) {
                        top = i - height + 1;
                    }
                    break;
                }
            }
        }
    }

    private static boolean selected(StyledLine line) {
        for (Segment segment : line.segments()) {
            if (segment.style() == StyleKey.ROW_SELECTED) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ComponentRenderer<LinesPane> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(LinesPane pane) {
                int width = 1;
                for (StyledLine line : lines) {
                    width = Math.max(width, line.text().length() + 2 * MARGIN);
                }
                return new TerminalSize(width, Math.max(1, Math.min(preferredRows, lines.size())));
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, LinesPane pane) {
                height = graphics.getSize().getRows();
                layOut(graphics.getSize().getColumns());
                for (int row = 0; row < height; row++) {
                    int index = top + row;
                    StyledLine line = index < lines.size() ? lines.get(index) : StyledLine.blank();
                    Paint.line(graphics, look, row, MARGIN, line, StyleKey.ROW);
                }
            }
        };
    }
}
