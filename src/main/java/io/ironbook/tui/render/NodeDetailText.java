package io.ironbook.tui.render;

import io.ironbook.cluster.ClusterEvent;
import io.ironbook.cluster.NodeConditionSummary;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.TaintSummary;
import io.ironbook.tui.keys.KeyBinding;
import io.ironbook.tui.theme.StyleKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines of the node detail screen. */
public final class NodeDetailText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The newest events shown. */
    static final int MAX_EVENTS = 15;

    /**
     * What is known about the node's events.
     *
     * @param events the events, oldest first, once read
     * @param note "reading events..." while reading, or why they could not be read; empty once read
     */
    public record Events(List<ClusterEvent> events, String note) {
        public Events {
            events = List.copyOf(events);
        }
    }

    private NodeDetailText() {
    }

    /**
     * The detail of a node.
     *
     * @param node the node, or empty when it left the cluster
     * @param target how the node is reached over SSH and how that was decided, if a resolver is wired
     * @param actions the bindings offered on this screen (already filtered for read-only mode)
     */
    public static List<StyledLine> lines(String name, Optional<NodeSummary> node, Instant now, ZoneId zone,
            Glyphs glyphs, Events events, Optional<String> target, List<KeyBinding> actions) {
        List<StyledLine> lines = new ArrayList<>();
        if (node.isEmpty()) {
            lines.add(StyledLine.of(name + ": no longer in the cluster (deleted, or not listed yet)", StyleKey.REASON));
            return lines;
        }
        NodeSummary n = node.get();
        lines.add(new StyledLine.Builder().add(n.name() + "  ", StyleKey.TITLE)
                .add(StatusStyles.text(n.readiness(), glyphs), StatusStyles.style(n.readiness()))
                .add(n.cordoned() ? "  cordoned" + n.cordonMark().map(m -> " by " + m.by()
                        + (m.reason().isEmpty() ? "" : " (" + m.reason() + ")")).orElse("") : "", StyleKey.CORDONED)
                .build());
        lines.add(StyledLine.of("roles " + (n.roles().isEmpty() ? "<none>" : String.join(",", n.roles()))
                + "   version " + orDash(n.kubeletVersion(), glyphs) + "   age " + Ages.compact(n.age(now))
                + "   heartbeat " + n.heartbeatAge(now).map(age -> Ages.compact(age) + " ago").orElse("never")
                + "   pods " + (n.podCount().isPresent() ? n.podCount().getAsInt() : glyphs.dash()), StyleKey.ROW));
        lines.add(StyledLine.of("address " + orDash(n.internalIp(), glyphs) + " (InternalIP)   boot id "
                + orDash(n.bootId(), glyphs), StyleKey.ROW));
        lines.add(new StyledLine.Builder().add("ssh ", StyleKey.ROW)
                .add(target.orElse("unknown: no SSH inventory is wired into the console"),
                        target.isPresent() ? StyleKey.ROW : StyleKey.MUTED).build());
        lines.add(StyledLine.blank());
        lines.add(StyledLine.of("Conditions", StyleKey.TITLE));
        String ready = n.readiness() == NodeReadiness.READY ? "True" : n.readiness() == NodeReadiness.NOT_READY
                ? "False" : "Unknown";
        lines.add(condition("Ready", ready, n.readyReason(), n.readyMessage(), StatusStyles.style(n.readiness())));
        for (NodeConditionSummary pressure : n.pressures()) {
            lines.add(condition(pressure.type(), pressure.status(), pressure.reason(), pressure.message(),
                    StyleKey.REASON));
        }
        for (NodeConditionSummary problem : n.problems()) {
            lines.add(condition(problem.type(), problem.status(), problem.reason(), problem.message(),
                    StyleKey.REASON));
        }
        if (n.pressures().isEmpty() && n.problems().isEmpty()) {
            lines.add(StyledLine.of("  no pressure or problem condition is True", StyleKey.MUTED));
        }
        lines.add(StyledLine.blank());
        lines.add(StyledLine.of("Taints", StyleKey.TITLE));
        if (n.taints().isEmpty()) {
            lines.add(StyledLine.of("  none", StyleKey.MUTED));
        }
        for (TaintSummary taint : n.taints()) {
            lines.add(StyledLine.of("  " + taint, StyleKey.ROW));
        }
        lines.add(StyledLine.blank());
        lines.add(StyledLine.of("Events (newest last)", StyleKey.TITLE));
        if (!events.note().isEmpty()) {
            lines.add(StyledLine.of("  " + events.note(), StyleKey.MUTED));
        } else if (events.events().isEmpty()) {
            lines.add(StyledLine.of("  none", StyleKey.MUTED));
        }
        List<ClusterEvent> shown = events.events();
        if (shown.size() > MAX_EVENTS) {
            lines.add(StyledLine.of("  (" + (shown.size() - MAX_EVENTS) + " older events not shown)", StyleKey.MUTED));
            shown = shown.subList(shown.size() - MAX_EVENTS, shown.size());
        }
        for (ClusterEvent event : shown) {
            String when = event.lastSeen().or(event::firstSeen).map(at -> TIME.format(at.atZone(zone))).orElse("");
            lines.add(new StyledLine.Builder()
                    .add("  " + when + "  ", StyleKey.MUTED)
                    .add(event.type() + " " + event.reason(), "Warning".equals(event.type()) ? StyleKey.REASON
                            : StyleKey.ROW)
                    .add((event.count() > 1 ? " x" + event.count() : "") + "  " + event.message()
                            + (event.source().isEmpty() ? "" : "  (" + event.source() + ")"), StyleKey.ROW)
                    .build());
        }
        lines.add(StyledLine.blank());
        lines.add(StyledLine.of("Actions", StyleKey.TITLE));
        StyledLine.Builder keys = new StyledLine.Builder().add("  ", StyleKey.ROW);
        for (KeyBinding action : actions) {
            keys.add(action.key().label(), StyleKey.FOOTER_KEY).add(" " + action.label() + "   ", StyleKey.ROW);
        }
        lines.add(actions.isEmpty() ? StyledLine.of("  none in this mode", StyleKey.MUTED) : keys.build());
        return lines;
    }

    private static StyledLine condition(String type, String status, String reason, String message, StyleKey style) {
        return new StyledLine.Builder()
                .add("  " + type + " " + status, style)
                .add(reason.isEmpty() ? "" : "  " + reason, StyleKey.REASON)
                .add(message.isEmpty() ? "" : "  " + message, StyleKey.ROW)
                .build();
    }

    private static String orDash(String value, Glyphs glyphs) {
        return value.isEmpty() ? glyphs.dash() : value;
    }
}
