package io.ironbook.tui.render;

import io.ironbook.tui.theme.StyleKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The header line: context, API server, operator, clock and the connection state. */
public final class HeaderText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private HeaderText() {
    }

    /**
     * {@code ironbook  ctx lab  api https://...  op ops@jump  12:03:04  ● live}; when the API is gone the last
     * part reads {@code ▲ stale since 12:01:22}. The API address is cut first when the width is short.
     */
    public static StyledLine line(String context, String server, String operator, boolean readOnly, Instant now,
            ZoneId zone, Optional<Instant> staleSince, Glyphs glyphs, int width) {
        String clock = CLOCK.format(now.atZone(zone));
        String connection = staleSince
                .map(since -> " " + glyphs.notReady() + " stale since " + CLOCK.format(since.atZone(zone)) + " ")
                .orElse(" " + glyphs.ready() + " live ");
        String left = " ironbook" + (readOnly ? " [read-only]" : "") + "  ctx " + context + "  op " + operator + "  ";
        String right = "  " + clock + " ";
        int mainWidth = Math.max(0, width - right.length() - connection.length());
        String main = glyphs.fit(left + "api " + server, mainWidth);
        return new StyledLine.Builder()
                .add(main + " ".repeat(mainWidth - main.length()), StyleKey.HEADER)
                .add(right, StyleKey.HEADER)
                .add(connection, staleSince.isPresent() ? StyleKey.HEADER_ALERT : StyleKey.HEADER)
                .build();
    }
}
