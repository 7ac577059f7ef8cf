package io.ironbook.tui.theme;

/** A theme file that cannot be used, with a one-line message naming {@code file:line} and what is wrong. */
public final class ThemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ThemeException(String message) {
        super(message);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
