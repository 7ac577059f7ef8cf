package io.ironbook.tui.widget;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.tui.render.ColumnLayout;
import io.ironbook.tui.render.NodeColumn;
import io.ironbook.tui.theme.Style;
import io.ironbook.tui.theme.StyleKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The node table, windowed: it formats and draws only the rows that fit on screen, with fixed column
 * widths ({@link ColumnLayout}), so a redraw costs the same for 5,000 nodes as for 40 (Lanterna's own
 * Table measures every cell on each change). The first row is the column titles.
 */
public final class NodeTable extends AbstractComponent<NodeTable> {
    private final NodeTableModel model;
    private final Look look;
    private final Clock clock;
    private int top;
    private int bodyRows = 1;
    private String emptyText = "";

    public NodeTable(NodeTableModel model, Look look, Clock clock) {
        this.model = model;
        this.look = look;
        this.clock = clock;
    }

    public NodeTableModel model() {
        return model;
    }

    /** What to show when no row passes (e.g. "waiting for the node list..."). */
    public void emptyText(String text) {
        emptyText = text;
        invalidate();
    }

    /** Moves the selection on Up/Down, PgUp/PgDn, Home/End; false for any other key. */
    public boolean navigate(KeyStroke key) {
        int size = model.rows().size();
        switch (key.getKeyType()) {
            case ArrowDown -> model.moveSelection(1);
            case ArrowUp -> model.moveSelection(-1);
            case PageDown -> model.moveSelection(Math.max(1, bodyRows - 1));
            case PageUp -> model.moveSelection(-Math.max(1, bodyRows - 1));
            case Home -> model.select(0);
            case End -> model.select(size - 1);
            default -> {
                return false;
            }
        }
        invalidate();
        return true;
    }

    @Override
    protected ComponentRenderer<NodeTable> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(NodeTable table) {
                return new TerminalSize(80, 20);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, NodeTable table) {
                drawRows(graphics);
            }
        };
    }

    private void drawRows(TextGUIGraphics graphics) {
        TerminalSize size = graphics.getSize();
        int width = size.getColumns();
        bodyRows = Math.max(1, size.getRows() - 1);
        ColumnLayout layout = ColumnLayout.fit(width, model.nameWidth());
        Paint.clearRow(graphics, look, 0, StyleKey.TABLE_HEADER);
        Style headerStyle = look.style(StyleKey.TABLE_HEADER);
        for (ColumnLayout.Placed placed : layout.columns()) {
            String title = placed.column().title();
            if (placed.column() == model.sortColumn()) {
                title += model.reversed() ? look.glyphs().sortDown() : look.glyphs().sortUp();
            }
            Paint.cell(graphics, headerStyle, placed.x(), 0, title, placed.width());
        }
        List<NodeSummary> rows = model.rows();
        int selected = model.selectedIndex();
        if (selected >= 0) {
            if (selected < top) {
                top = selected;
            } else if (selected >= top + bodyRows) {
                top = selected - bodyRows + 1;
            }
        }
        top = Math.max(0, Math.min(top, Math.max(0, rows.size() - bodyRows)));
        Instant now = clock.instant();
        for (int row = 0; row < bodyRows; row++) {
            int index = top + row;
            int y = row + 1;
            if (index >= rows.size()) {
                Paint.clearRow(graphics, look, y, StyleKey.ROW);
                if (rows.isEmpty() && row == 0) {
                    Paint.cell(graphics, look.style(StyleKey.MUTED), 1, y, emptyText, width - 1);
                }
                continue;
            }
            NodeSummary node = rows.get(index);
            boolean isSelected = index == selected;
            drawRow(graphics, layout, y, width, node, now, isSelected);
        }
    }

    /**
     * One row: the whole line in one write in the row's style, then only the cells with a style of their own
     * (status, cordon, reason) again. Lanterna's cost is per character written, so this writes each cell
     * about once.
     */
    private void drawRow(TextGUIGraphics graphics, ColumnLayout layout, int y, int width, NodeSummary node,
            Instant now, boolean isSelected) {
        StringBuilder line = new StringBuilder(width);
        String[] cells = new String[layout.columns().size()];
        for (int i = 0; i < cells.length; i++) {
            ColumnLayout.Placed placed = layout.columns().get(i);
            String text = look.glyphs().fit(Paint.printable(placed.column().cell(node, now, look.glyphs())),
                    placed.width());
            cells[i] = text;
            while (line.length() < placed.x()) {
                line.append(' ');
            }
            line.append(text);
        }
        while (line.length() < width) {
            line.append(' ');
        }
        Paint.use(graphics, look.style(isSelected ? StyleKey.ROW_SELECTED : StyleKey.ROW));
        graphics.putString(0, y, line.length() > width ? line.substring(0, width) : line.toString());
        if (isSelected) {
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            ColumnLayout.Placed placed = layout.columns().get(i);
            StyleKey style = placed.column().style(node, now);
            if (style != StyleKey.ROW && !cells[i].isEmpty()) {
                Paint.use(graphics, look.style(style));
                graphics.putString(placed.x(), y, cells[i]);
            }
        }
    }

    /** The index of the first drawn row (for tests and the benchmark). */
    public int top() {
        return top;
    }
}
