package io.ironbook.yaml;

import java.util.Objects;

/**
 * Where something stands in a source file: the file's name as the operator knows it, and the 1-based
 * line and column.
 *
 * @param source the file's name or path
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String source, int line, int column) {

    public Location {
        Objects.requireNonNull(source, "source");
    }

    /** A location that names only the file. */
    public static Location ofFile(String source) {
        return new Location(source, 0, 0);
    }

    /** The same place, {@code offset} columns to the right. */
    public Location shiftedBy(int offset) {
        return column == 0 ? this : new Location(source, line, column + offset);
    }

    /** {@code file:line:col}, {@code file:line} or {@code file}, as much as is known. */
    @Override
    public String toString() {
        if (line <= 0) {
            return source;
        }
        return column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
