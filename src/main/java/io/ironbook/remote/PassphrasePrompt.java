package io.ironbook.remote;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the operator for the passphrase of an encrypted private key. The console and the command line
 * implement it; the shell asks at most once per key file and keeps the unlocked key in memory.
 */
@FunctionalInterface
public interface PassphrasePrompt {

    /** A prompt that never has an answer: encrypted keys are skipped. */
    PassphrasePrompt NONE = key -> Optional.empty();

    /**
     * The passphrase for the key, or empty to skip this key. The caller wipes the array after use.
     */
    Optional<char[]> passphrase(Path keyFile);
}
