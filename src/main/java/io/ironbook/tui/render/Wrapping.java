package io.ironbook.tui.render;

import io.ironbook.tui.theme.StyleKey;
import java.util.ArrayList;
import java.util.List;

/** Long sentences wrapped at spaces into styled lines of a width, continuation lines indented. */
public final class Wrapping {

    private Wrapping() {
    }

    /**
     * {@code text} cut at spaces into lines of at most {@code width} columns: the first line starts with
     * {@code first}, the others with {@code rest}. A word longer than a line is cut.
     */
    public static List<StyledLine> wrap(String text, int width, String first, String rest, StyleKey style) {
        List<StyledLine> lines = new ArrayList<>();
        String prefix = first;
        String remaining = text.stripTrailing();
        while (true) {
            int room = Math.max(1, width - prefix.length());
            if (remaining.length() <= room) {
                lines.add(StyledLine.of(prefix + remaining, style));
                return lines;
            }
            int cut = remaining.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room;
            }
            lines.add(StyledLine.of(prefix + remaining.substring(0, cut).stripTrailing(), style));
            remaining = remaining.substring(cut).stripLeading();
            prefix = rest;
            if (remaining.isEmpty()) {
                return lines;
            }
        }
    }
}
