package io.ironbook.diagnose.rules;

/** A rule file that cannot be loaded; the message starts with {@code file:line:col:}. */
public final class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
