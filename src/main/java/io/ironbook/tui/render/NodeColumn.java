package io.ironbook.tui.render;

import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.tui.theme.StyleKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of the node table: title, fixed width (NAME is sized once from the data, REASON takes the
 * rest), how a cell reads and how the column sorts. Widths never depend on what is on screen, so a redraw
 * costs the same for 50 or 5,000 nodes.
 */
public enum NodeColumn {
    NAME("NAME", 0, Comparator.comparing(NodeSummary::name)),
    STATUS("STATUS", 10, Comparator.comparing(NodeSummary::readiness).reversed()
            .thenComparing(NodeSummary::name)),
    CORDON("CORDON", 6, Comparator.comparing(NodeSummary::cordoned).reversed().thenComparing(NodeSummary::name)),
    ROLES("ROLES", 13, Comparator.comparing((NodeSummary node) -> String.join(",", node.roles()))
            .thenComparing(NodeSummary::name)),
    VERSION("VERSION", 9, Comparator.comparing(NodeSummary::kubeletVersion).thenComparing(NodeSummary::name)),
    AGE("AGE", 4, Comparator.comparing(NodeSummary::created).reversed().thenComparing(NodeSummary::name)),
    HEARTBEAT("HBEAT", 6, Comparator.comparing((NodeSummary node) -> node.lastHeartbeat().orElse(Instant.MIN))
            .thenComparing(NodeSummary::name)),
    PODS("PODS", 5, Comparator.comparingInt((NodeSummary node) -> node.podCount().orElse(-1)).reversed()
            .thenComparing(NodeSummary::name)),
    REASON("REASON", 0, Comparator.comparing(NodeColumn::shortReason).reversed().thenComparing(NodeSummary::name));

    private final String title;
    private final int width;
    private final Comparator<NodeSummary> order;

    NodeColumn(String title, int width, Comparator<NodeSummary> order) {
        this.title = title;
        this.width = width;
        this.order = order;
    }

    public String title() {
        return title;
    }

    /** The fixed width; 0 for NAME and REASON, which the layout sizes. */
    public int width() {
        return width;
    }

    /**
     * The natural order: names A to Z, the worst status first, cordoned first, the newest first, the
     * stalest heartbeat first, the most pods first, nodes with a reason first.
     */
    public Comparator<NodeSummary> order() {
        return order;
    }

    /** The cell's text at {@code now}. */
    public String cell(NodeSummary node, Instant now, Glyphs glyphs) {
        return switch (this) {
            case NAME -> node.name();
            case STATUS -> StatusStyles.text(node.readiness(), glyphs);
            case CORDON -> node.cordoned() ? "yes" : "";
            case ROLES -> node.roles().isEmpty() ? "<none>" : String.join(",", node.roles());
            case VERSION -> node.kubeletVersion();
            case AGE -> Ages.compact(node.age(now));
            case HEARTBEAT -> node.heartbeatAge(now).map(Ages::compact).orElse(glyphs.dash());
            case PODS -> node.podCount().isPresent() ? String.valueOf(node.podCount().getAsInt()) : glyphs.dash();
            case REASON -> shortReason(node);
        };
    }

    /**
     * The REASON cell: the condition reasons only ({@code NodeStatusUnknown, ReadonlyFilesystem}), without
     * their messages, which the detail screen shows; empty for a healthy node.
     */
    public static String shortReason(NodeSummary node) {
        List<String> parts = new ArrayList<>();
        if (node.readiness() != NodeReadiness.READY) {
            parts.add(node.readyReason().isEmpty() ? node.readiness().display() : node.readyReason());
        }
        node.pressures().forEach(pressure -> parts.add(pressure.type()));
        node.problems().forEach(problem -> parts.add(problem.type()));
        node.cordonMark().ifPresent(mark -> parts.add("cordoned by " + mark.by()));
        return String.join(", ", parts);
    }

    /** The cell's style at {@code now}: a heartbeat older than a minute stands out. */
    public StyleKey style(NodeSummary node, Instant now) {
        return switch (this) {
            case STATUS -> StatusStyles.style(node.readiness());
            case CORDON -> StyleKey.CORDONED;
            case REASON -> StyleKey.REASON;
            case HEARTBEAT -> node.heartbeatAge(now).filter(age -> age.compareTo(Duration.ofMinutes(1)) > 0)
                    .isPresent() ? StyleKey.REASON : StyleKey.ROW;
            default -> StyleKey.ROW;
        };
    }
}
