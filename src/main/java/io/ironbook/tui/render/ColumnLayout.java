package io.ironbook.tui.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where each column of the node table goes for a given width. At 80 columns the less urgent columns
 * (VERSION, then ROLES, then HBEAT, then CORDON) are left out so that REASON keeps room; wider terminals
 * show them all.
 *
 * @param columns the columns shown, left to right
 */
public record ColumnLayout(List<Placed> columns) {
    /** REASON keeps at least this many columns before other columns are dropped. */
    public static final int REASON_MIN = 20;
    private static final List<NodeColumn> DROP_ORDER =
            List.of(NodeColumn.VERSION, NodeColumn.ROLES, NodeColumn.HEARTBEAT, NodeColumn.CORDON);

    /** One placed column. */
    public record Placed(NodeColumn column, int x, int width) {
    }

    public ColumnLayout {
        columns = List.copyOf(columns);
    }

    /** The layout for {@code totalWidth} terminal columns, with NAME {@code nameWidth} wide. */
    public static ColumnLayout fit(int totalWidth, int nameWidth) {
        Set<NodeColumn> shown = EnumSet.allOf(NodeColumn.class);
        for (NodeColumn drop : DROP_ORDER) {
            if (fixedWidth(shown, nameWidth) + REASON_MIN <= totalWidth) {
                break;
            }
            shown.remove(drop);
        }
        List<Placed> placed = new ArrayList<>();
        int x = 0;
        for (NodeColumn column : shown) {
            int width = column == NodeColumn.NAME ? nameWidth
                    : column == NodeColumn.REASON ? Math.max(0, totalWidth - x) : column.width();
            placed.add(new Placed(column, x, width));
            x += width + 1;
        }
        return new ColumnLayout(placed);
    }

    private static int fixedWidth(Set<NodeColumn> shown, int nameWidth) {
        int sum = 0;
        for (NodeColumn column : shown) {
            if (column != NodeColumn.REASON) {
                sum += (column == NodeColumn.NAME ? nameWidth : column.width()) + 1;
            }
        }
        return sum;
    }

    /** Whether a column is shown. */
    public boolean shows(NodeColumn column) {
        return columns.stream().anyMatch(placed -> placed.column() == column);
    }
}
