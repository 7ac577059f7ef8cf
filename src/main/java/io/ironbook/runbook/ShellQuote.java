package io.ironbook.runbook;

import java.util.regex.Pattern;

/**
 * Quotes a value as one word for a POSIX shell: values made only of safe characters stay as they
 * are ({@code worker-1}), anything else is single-quoted ({@code 'x; rm -rf /'}).
 */
public final class ShellQuote {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    public static String quote(String value) {
        if (!value.isEmpty() && SAFE.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
