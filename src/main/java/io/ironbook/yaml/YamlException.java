package io.ironbook.yaml;

import java.util.Objects;

/**
 * A YAML file that cannot be used, with the place and the problem in one line:
 * {@code file:line:col: problem}.
 */
public class YamlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;
    private final String problem;

    public YamlException(Location location, String problem) {
        super(location + ": " + problem);
        this.location = Objects.requireNonNull(location);
        this.problem = Objects.requireNonNull(problem);
    }

    public YamlException(Location location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = Objects.requireNonNull(location);
        this.problem = Objects.requireNonNull(problem);
    }

    public Location location() {
        return location;
    }

    /** The problem without the location. */
    public String problem() {
        return problem;
    }
}
