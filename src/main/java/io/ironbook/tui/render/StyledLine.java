package io.ironbook.tui.render;

import io.ironbook.tui.theme.StyleKey;
import java.util.ArrayList;
import java.util.List;

/** One line of styled segments. */
public record StyledLine(List<Segment> segments) {

    public StyledLine {
        segments = List.copyOf(segments);
    }

    /** A line in one style. */
    public static StyledLine of(String text, StyleKey style) {
        return new StyledLine(List.of(new Segment(text, style)));
    }

    /** An empty line. */
    public static StyledLine blank() {
        return new StyledLine(List.of());
    }

    /** The plain text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    /** Builds a line segment by segment. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        public Builder add(String text, StyleKey style) {
            if (!text.isEmpty()) {
                segments.add(new Segment(text, style));
            }
            return this;
        }

        public StyledLine build() {
            return new StyledLine(segments);
        }
    }
}
