package io.ironbook.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private keys of one shell, loaded from files on first use and kept unlocked in memory, so that
 * a passphrase is asked at most once per key however many nodes use it.
 */
final class KeyRing {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);

    private final PassphrasePrompt prompt;
    private final SSHClient loader;
    private final Map<Path, KeyProvider> keys = new ConcurrentHashMap<>();

    KeyRing(PassphrasePrompt prompt, SSHClient loader) {
        this.prompt = prompt;
        this.loader = loader;
    }

    /** The key in the file, or empty when the file does not exist or cannot be read as a key. */
    Optional<KeyProvider> key(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(keys.computeIfAbsent(file.toAbsolutePath().normalize(), this::load));
    }

    private KeyProvider load(Path file) {
        try {
            return new Unlocked(file, loader.loadKeys(file.toString(), new Prompting(file)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read key {}: {}", file, e.toString());
            return null;
        }
    }

    /** Asks the prompt for a key's passphrase once. */
    private final class Prompting implements PasswordFinder {
        private final Path file;

        Prompting(Path file) {
            this.file = file;
        }

        @Override
        public char[] reqPassword(Resource<?> resource) {
            return prompt.passphrase(file).orElse(null);
        }

        @Override
        public boolean shouldRetry(Resource<?> resource) {
            return false;
        }
    }

    /** A key provider that decrypts once, remembers the result (or the failure) and never asks again. */
    private static final class Unlocked implements KeyProvider {
        private final Path file;
        private final KeyProvider delegate;
        private PrivateKey privateKey;
        private IOException failure;
        private PublicKey publicKey;

        Unlocked(Path file, KeyProvider delegate) {
            this.file = file;
            this.delegate = delegate;
        }

        @Override
        public synchronized PrivateKey getPrivate() throws IOException {
            if (privateKey == null && failure == null) {
                try {
                    privateKey = delegate.getPrivate();
                } catch (IOException | RuntimeException e) {
                    failure = new IOException("cannot unlock " + file + ": " + e.getMessage(), e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return privateKey;
        }

        @Override
        public synchronized PublicKey getPublic() throws IOException {
            if (publicKey == null) {
                publicKey = delegate.getPublic();
            }
            return publicKey;
        }

        @Override
        public KeyType getType() throws IOException {
            return KeyType.fromKey(getPublic());
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }
}
