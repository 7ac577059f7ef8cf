package io.ironbook.runbook;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to another runbook, {@code id} or {@code id@version}, with where it is written so that
 * a dangling reference can be reported at its place.
 *
 * @param id       the runbook id
 * @param version  the exact version, when pinned
 * @param file     the file that holds the reference
 * @param line     its line
 * @param column   its column
 */
public record RunbookRef(String id, Optional<SemVer> version, String file, int line, int column) {

    public RunbookRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    /** Where the reference stands, {@code file:line:col}. */
    public String place() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return version.map(v -> id + "@" + v).orElse(id);
    }
}
