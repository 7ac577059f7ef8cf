package io.ironbook.tui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the operator asked for the console.
 *
 * @param theme {@code --theme}, if given
 * @param userThemesDir the operator's theme folder ({@code ~/.config/ironbook/themes})
 * @param readOnly {@code --read-only}: offer no action that changes anything
 * @param operator who is at the keyboard, {@code user@host}
 */
public record ConsoleOptions(Optional<String> theme, Optional<Path> userThemesDir, boolean readOnly,
        String operator) {

    public ConsoleOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(userThemesDir, "userThemesDir");
        operator = operator == null || operator.isBlank() ? "unknown" : operator;
    }
}
