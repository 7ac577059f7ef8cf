package io.ironbook.remote;

import java.nio.file.Path;

/**
 * An inventory, ssh_config or known_hosts file that cannot be used, with the file and line of the
 * problem; its message reads {@code file:line: what is wrong}.
 */
public class InvalidConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public InvalidConfigException(String message) {
        super(message);
    }
}
