package io.ironbook.tui.render;

import io.ironbook.cluster.NodeReadiness;
import io.ironbook.tui.theme.StyleKey;

/** The symbol, word and style of a readiness; the word and symbol always go with the colour. */
public final class StatusStyles {

    private StatusStyles() {
    }

    public static StyleKey style(NodeReadiness readiness) {
        return switch (readiness) {
            case READY -> StyleKey.STATUS_READY;
            case NOT_READY -> StyleKey.STATUS_NOT_READY;
            case UNKNOWN -> StyleKey.STATUS_UNKNOWN;
        };
    }

    /** {@code ● Ready}, {@code ▲ NotReady}, {@code ? Unknown} (ASCII {@code + ! ?}). */
    public static String text(NodeReadiness readiness, Glyphs glyphs) {
        String symbol = switch (readiness) {
            case READY -> glyphs.ready();
            case NOT_READY -> glyphs.notReady();
            case UNKNOWN -> glyphs.unknown();
        };
        return symbol + " " + readiness.display();
    }
}
