package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.NodeTable;
import io.ironbook.tui.widget.NodeTableModel;
import java.time.Clock;
import java.util.Optional;

/** The home screen: every node, live, filtered and sorted, with the selection kept across updates. */
final class NodesView implements View {
    private final NodeTableModel model;
    private final NodeTable table;
    private final Look look;

    NodesView(NodeTableModel model, Look look, Clock clock) {
        this.model = model;
        this.look = look;
        this.table = new NodeTable(model, look, clock);
        refreshEmptyText();
    }

    @Override
    public ViewKind kind() {
        return ViewKind.NODES;
    }

    @Override
    public Component body() {
        return table;
    }

    NodeTableModel model() {
        return model;
    }

    NodeTable table() {
        return table;
    }

    @Override
    public StyledLine summary(int width) {
        Glyphs glyphs = look.glyphs();
        StyledLine.Builder line = new StyledLine.Builder()
                .add(" Nodes " + model.total() + "   ", StyleKey.SUMMARY)
                .add(glyphs.ready() + " " + model.count(NodeReadiness.READY) + " Ready", StyleKey.SUMMARY)
                .add("   ", StyleKey.SUMMARY)
                .add(glyphs.notReady() + " " + model.count(NodeReadiness.NOT_READY) + " NotReady",
                        StyleKey.SUMMARY)
                .add("   ", StyleKey.SUMMARY)
                .add(glyphs.unknown() + " " + model.count(NodeReadiness.UNKNOWN) + " Unknown", StyleKey.SUMMARY)
                .add("   cordoned " + model.cordonedCount(), StyleKey.SUMMARY);
        if (!model.filter().isEmpty()) {
            line.add("   filter \"" + model.filter() + "\": " + model.rows().size() + " shown", StyleKey.SUMMARY);
        }
        line.add("   sort " + model.sortColumn().title() + (model.reversed() ? " " + glyphs.sortDown() : ""),
                StyleKey.SUMMARY);
        return line.build();
    }

    @Override
    public boolean key(KeyStroke key) {
        return table.navigate(key);
    }

    @Override
    public Optional<String> selectedNode() {
        return model.selectedName();
    }

    @Override
    public void nodesChanged() {
        refreshEmptyText();
        table.invalidate();
    }

    /** Applies a filter as it is typed. */
    void filter(String text) {
        model.filter(text);
        refreshEmptyText();
        table.invalidate();
    }

    /** The {@code /} prompt: filters as typed, Enter keeps the filter, Esc clears it. */
    @Override
    public Optional<Search> search() {
        return Optional.of(new Search("/", model.filter(), this::filter));
    }

    void sortNext() {
        model.sortByNextColumn();
        table.invalidate();
    }

    void reverse() {
        model.reverse();
        table.invalidate();
    }

    @Override
    public boolean back() {
        if (model.filter().isEmpty()) {
            return false;
        }
        filter("");
        return true;
    }

    private void refreshEmptyText() {
        if (!model.loaded()) {
            table.emptyText("waiting for the node list from the API server" + look.glyphs().ellipsis());
        } else if (model.total() == 0) {
            table.emptyText("the cluster has no nodes");
        } else {
            table.emptyText("no node matches \"" + model.filter() + "\" (Esc clears the filter)");
        }
    }
}
