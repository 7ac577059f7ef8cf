package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.cluster.ClusterEvent;
import io.ironbook.tui.keys.KeyBinding;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.NodeDetailText;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.LinesPane;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.NodeTableModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code Enter} on a node: its conditions with reasons and messages, taints, address, boot id, recent events,
 * SSH target and the actions offered. The node's state follows the watch; events and the SSH target are read
 * once, off the GUI thread.
 */
final class NodeDetailView implements View {
    private final String name;
    private final NodeTableModel model;
    private final Look look;
    private final Clock clock;
    private final List<KeyBinding> actions;
    private final LinesPane pane;
    private NodeDetailText.Events events = new NodeDetailText.Events(List.of(), "reading events");
    private Optional<String> target = Optional.empty();
    private boolean targetKnown;

    NodeDetailView(String name, NodeTableModel model, Look look, Clock clock, KeyMap keys, Tasks tasks,
            ConsoleContext context) {
        this.name = name;
        this.model = model;
        this.look = look;
        this.clock = clock;
        this.actions = keys.forView(ViewKind.NODE_DETAIL).stream()
                .filter(binding -> binding.changes() || binding.action() == io.ironbook.tui.keys.ActionId.DIAGNOSE)
                .toList();
        this.pane = new LinesPane(look);
        events = new NodeDetailText.Events(List.of(), "reading events" + look.glyphs().ellipsis());
        render();
        tasks.run("events of " + name, false, () -> context.gateway().nodeEvents(name),
                this::eventsRead, e -> {
                    events = new NodeDetailText.Events(List.of(), "cannot read events: " + e.getMessage());
                    render();
                });
        tasks.run("ssh target of " + name, false, () -> context.targets().describe(name),
                described -> {
                    target = described;
                    targetKnown = true;
                    render();
                }, e -> {
                    target = Optional.of("cannot be resolved: " + e.getMessage());
                    targetKnown = true;
                    render();
                });
    }

    private void eventsRead(List<ClusterEvent> read) {
        events = new NodeDetailText.Events(read, "");
        render();
    }

    private void render() {
        pane.lines(NodeDetailText.lines(name, model.node(name), clock.instant(), clock.getZone(), look.glyphs(),
                events, targetKnown ? target : Optional.of("resolving" + look.glyphs().ellipsis()), actions));
    }

    @Override
    public ViewKind kind() {
        return ViewKind.NODE_DETAIL;
    }

    @Override
    public Component body() {
        return pane;
    }

    @Override
    public StyledLine summary(int width) {
        return StyledLine.of(" Node " + name, StyleKey.SUMMARY);
    }

    @Override
    public boolean key(KeyStroke key) {
        return pane.scroll(key);
    }

    @Override
    public Optional<String> selectedNode() {
        return Optional.of(name);
    }

    @Override
    public void nodesChanged() {
        render();
    }
}
