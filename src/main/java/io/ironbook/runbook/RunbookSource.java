package io.ironbook.runbook;

import java.util.Objects;

/**
 * Where a runbook came from and the SHA-256 of its bytes, which a run records so that resuming
 * after the file changed can be refused.
 *
 * @param origin what kind of place
 * @param path   the file as the operator would name it (for shipped ones, {@code runbooks/<file>})
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record RunbookSource(Origin origin, String path, String sha256) {

    /** The places runbooks come from, in the order later ones override earlier ones. */
    public enum Origin {
        /** Inside ironbook itself. */
        SHIPPED,
        /** The operator's own folder, {@code ~/.config/ironbook/runbooks/}. */
        USER,
        /** A folder given with {@code --runbooks DIR}. */
        DIRECTORY,
        /** A file named on the command line. */
        FILE
    }

    public RunbookSource {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(path);
        Objects.requireNonNull(sha256);
    }

    @Override
    public String toString() {
        return origin == Origin.SHIPPED ? "shipped" : path;
    }
}
