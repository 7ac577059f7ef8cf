package io.ironbook.diagnose.evidence;

import java.util.Objects;

/**
 * One line of a bundle file that proves something: the file's name in the bundle, its 1-based line
 * number (the first physical line of a record that the paste split over several lines) and the text.
 *
 * @param file the bundle file's name, e.g. {@code mounts.txt}
 * @param line the 1-based line number in that file
 * @param text the line as read, joined with its continuation lines and shortened for display
 */
public record EvidenceLine(String file, int line, String text) {

    /** Longest text kept for display; the rest is cut with an ellipsis. */
    public static final int MAX_TEXT = 400;

    public EvidenceLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    /** {@code file:line}, as the text report prints it. */
    public String where() {
        return file + ":" + line;
    }
}
