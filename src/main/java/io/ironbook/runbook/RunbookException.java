package io.ironbook.runbook;

import java.util.Objects;

/**
 * A runbook that cannot be used, reported as one line: {@code file:line:col: problem}.
 */
public class RunbookException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public RunbookException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public RunbookException(String file, int line, int column, String problem, Throwable cause) {
        super(place(file, line, column) + ": " + problem, cause);
        this.file = Objects.requireNonNull(file);
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem);
    }

    private static String place(String file, int line, int column) {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The problem without its place. */
    public String problem() {
        return problem;
    }
}
