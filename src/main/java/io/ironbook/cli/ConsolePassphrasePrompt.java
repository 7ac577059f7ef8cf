package io.ironbook.cli;

import io.ironbook.remote.PassphrasePrompt;
import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks for a key's passphrase on the terminal, one key at a time; without a terminal it fails with a
 * message that says what to do instead.
 */
public final class ConsolePassphrasePrompt implements PassphrasePrompt {
    private final Console console;

    public ConsolePassphrasePrompt(Console console) {
        this.console = console;
    }

    @Override
    public synchronized Optional<char[]> passphrase(Path keyFile) {
        if (console == null) {
            throw new IllegalStateException("the key is encrypted and there is no terminal to ask for its passphrase;"
                    + " add it to ssh-agent (ssh-add " + keyFile + ") or run ironbook from a terminal");
        }
        char[] answer = console.readPassword("Passphrase for %s: ", keyFile);
        return answer == null || answer.length == 0 ? Optional.empty() : Optional.of(answer);
    }
}
