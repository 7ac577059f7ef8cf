package io.ironbook.tui.render;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The symbols the console draws, with ASCII stand-ins for terminals that are not UTF-8. A status is never
 * shown by colour alone: its symbol and its word are always drawn.
 */
public record Glyphs(String ready, String notReady, String unknown, String sortUp, String sortDown,
        String ellipsis, String arrow, String dash, boolean unicode) {

    /** The UTF-8 set. */
    public static Glyphs unicodeSet() {
        return new Glyphs("●", "▲", "?", "▲", "▼", "…", "→", "—", true);
    }

    /** The ASCII set. */
    public static Glyphs asciiSet() {
        return new Glyphs("+", "!", "?", "^", "v", "~", "->", "-", false);
    }

    /** UTF-8 symbols when the terminal's charset is a UTF one, else ASCII. */
    public static Glyphs forCharset(Charset charset) {
        return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF") ? unicodeSet() : asciiSet();
    }

    /** Cuts {@code text} to {@code width} columns, marking the cut with the ellipsis. */
    public String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (text.length() <= width) {
            return text;
        }
        return width <= ellipsis.length() ? text.substring(0, width)
                : text.substring(0, width - ellipsis.length()) + ellipsis;
    }
}
