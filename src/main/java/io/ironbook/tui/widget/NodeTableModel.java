package io.ironbook.tui.widget;

import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.tui.render.NodeColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The nodes as the table shows them: every known node, the ones that pass the filter in sort order, and
 * the selection, held by node name so that it survives updates, re-sorting and filtering. Owned by the GUI
 * thread: changes from the watch arrive in batches through {@link #apply}.
 */
public final class NodeTableModel {
    private static final int NAME_MIN = 12;
    private static final int NAME_MAX = 32;

    private final Map<String, NodeSummary> nodes = new HashMap<>();
    private List<NodeSummary> rows = List.of();
    private String filter = "";
    private NodeColumn sort = NodeColumn.NAME;
    private boolean reversed;
    private String selected;
    private int nameWidth = NAME_MIN;
    private boolean loaded;

    /** Applies a batch of changes: a present value adds or replaces a node, an empty one removes it. */
    public void apply(Map<String, Optional<NodeSummary>> changes) {
        for (Map.Entry<String, Optional<NodeSummary>> change : changes.entrySet()) {
            if (change.getValue().isPresent()) {
                nodes.put(change.getKey(), change.getValue().get());
            } else {
                nodes.remove(change.getKey());
            }
        }
        loaded = true;
        nameWidth = Math.max(nameWidth, widestName(changes));
        rebuild();
    }

    /** Marks the node list as received even when it is empty. */
    public void markLoaded() {
        loaded = true;
    }

    /** Whether the first node list has arrived. */
    public boolean loaded() {
        return loaded;
    }

    private int widestName(Map<String, Optional<NodeSummary>> changes) {
        int widest = NAME_MIN;
        for (String name : changes.keySet()) {
            widest = Math.max(widest, Math.min(NAME_MAX, name.length()));
        }
        return widest;
    }

    public void filter(String text) {
        filter = text == null ? "" : text.strip();
        rebuild();
    }

    public String filter() {
        return filter;
    }

    /** Sorts by the next column (NAME, STATUS, ... REASON), in its natural order. */
    public void sortByNextColumn() {
        NodeColumn[] columns = NodeColumn.values();
        sort(columns[(sort.ordinal() + 1) % columns.length], false);
    }

    public void sort(NodeColumn column, boolean reverse) {
        sort = column;
        reversed = reverse;
        rebuild();
    }

    public void reverse() {
        reversed = !reversed;
        rebuild();
    }

    public NodeColumn sortColumn() {
        return sort;
    }

    public boolean reversed() {
        return reversed;
    }

    private void rebuild() {
        String needle = filter.toLowerCase(Locale.ROOT);
        List<NodeSummary> shown = new ArrayList<>(nodes.size());
        for (NodeSummary node : nodes.values()) {
            if (needle.isEmpty() || matches(node, needle)) {
                shown.add(node);
            }
        }
        Comparator<NodeSummary> order = reversed ? sort.order().reversed() : sort.order();
        shown.sort(order);
        rows = shown;
        if (selected == null || indexOf(selected) < 0) {
            selected = rows.isEmpty() ? selected : rows.get(0).name();
        }
    }

    private static boolean matches(NodeSummary node, String needle) {
        return node.name().toLowerCase(Locale.ROOT).contains(needle)
                || node.readiness().display().toLowerCase(Locale.ROOT).contains(needle)
                || node.roles().stream().anyMatch(role -> role.toLowerCase(Locale.ROOT).contains(needle))
                || node.reasonText().toLowerCase(Locale.ROOT).contains(needle)
                || (node.cordoned() && "cordoned".contains(needle));
    }

    /** The rows that pass the filter, in order. */
    public List<NodeSummary> rows() {
        return rows;
    }

    /** Every known node, by name. */
    public Optional<NodeSummary> node(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    public int total() {
        return nodes.size();
    }

    /** Every known node's name, sorted. */
    public List<String> names() {
        return nodes.keySet().stream().sorted().toList();
    }

    /** How many known nodes have that readiness. */
    public int count(NodeReadiness readiness) {
        int count = 0;
        for (NodeSummary node : nodes.values()) {
            if (node.readiness() == readiness) {
                count++;
            }
        }
        return count;
    }

    public int cordonedCount() {
        int count = 0;
        for (NodeSummary node : nodes.values()) {
            if (node.cordoned()) {
                count++;
            }
        }
        return count;
    }

    /** The selected node's name, if a shown row is selected. */
    public Optional<String> selectedName() {
        return selected != null && indexOf(selected) >= 0 ? Optional.of(selected) : Optional.empty();
    }

    /** The index of the selected row among the shown rows, or -1. */
    public int selectedIndex() {
        return selected == null ? -1 : indexOf(selected);
    }

    /** Moves the selection by {@code delta} rows, stopping at the ends. */
    public void moveSelection(int delta) {
        if (rows.isEmpty()) {
            return;
        }
        int index = Math.max(0, selectedIndex());
        select(Math.max(0, Math.min(rows.size() - 1, index + delta)));
    }

    public void select(int index) {
        if (index >= 0 && index < rows.size()) {
            selected = rows.get(index).name();
        }
    }

    public void select(String name) {
        selected = name;
    }

    public int nameWidth() {
        return nameWidth;
    }

    private int indexOf(String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
