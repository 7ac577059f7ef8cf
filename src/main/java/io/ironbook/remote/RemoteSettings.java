package io.ironbook.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the SSH shell connects: where host keys are listed (and where new ones are recorded under
 * {@link HostKeyPolicy#ACCEPT_NEW}), the default keys, the agent, the passphrase prompt and the timeouts.
 *
 * @param knownHostsFiles          known_hosts files read for every target, in order
 * @param recordFile               where newly accepted host keys are appended
 * @param defaultIdentityFiles     keys tried when a target names none (those that exist)
 * @param agentSocket              the ssh-agent socket, if any
 * @param passphrasePrompt         asks for the passphrase of an encrypted key
 * @param connectTimeout           TCP connect limit
 * @param requestTimeout           limit for the handshake, login and opening a channel
 * @param keepAliveInterval        how often an idle connection is probed; zero disables
 * @param maxSessionsPerConnection parallel commands per connection (OpenSSH's MaxSessions is 10)
 * @param cancelGrace              how long a cancelled command may take to exit after SIGTERM
 */
public record RemoteSettings(
        List<Path> knownHostsFiles,
        Path recordFile,
        List<Path> defaultIdentityFiles,
        Optional<Path> agentSocket,
        PassphrasePrompt passphrasePrompt,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration keepAliveInterval,
        int maxSessionsPerConnection,
        Duration cancelGrace) {

    public RemoteSettings {
        knownHostsFiles = List.copyOf(knownHostsFiles);
        Objects.requireNonNull(recordFile);
        defaultIdentityFiles = List.copyOf(defaultIdentityFiles);
        Objects.requireNonNull(agentSocket);
        Objects.requireNonNull(passphrasePrompt);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(requestTimeout);
        Objects.requireNonNull(keepAliveInterval);
        Objects.requireNonNull(cancelGrace);
        if (maxSessionsPerConnection < 1) {
            throw new IllegalArgumentException("maxSessionsPerConnection must be at least 1");
        }
    }

    /**
     * The operator's usual setup: {@code ~/.ssh/known_hosts}, {@code ~/.ssh/id_ed25519},
     * {@code id_ecdsa} and {@code id_rsa}, the agent at {@code SSH_AUTH_SOCK}, 10 s to connect,
     * 30 s for the handshake and login, keepalive every 15 s, 8 sessions per connection.
     */
    public static RemoteSettings defaults(Path home, Map<String, String> env) {
        Path ssh = home.resolve(".ssh");
        String sock = env.get("SSH_AUTH_SOCK");
        return new RemoteSettings(
                List.of(ssh.resolve("known_hosts")),
                ssh.resolve("known_hosts"),
                List.of(ssh.resolve("id_ed25519"), ssh.resolve("id_ecdsa"), ssh.resolve("id_rsa")),
                sock == null || sock.isBlank() ? Optional.empty() : Optional.of(Path.of(sock)),
                PassphrasePrompt.NONE,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(15),
                8,
                Duration.ofSeconds(2));
    }

    /** These settings also reading the given known_hosts file, and recording new keys in it. */
    public RemoteSettings withExtraKnownHosts(Path file) {
        List<Path> files = new ArrayList<>(knownHostsFiles);
        files.add(file);
        return new RemoteSettings(files, file, defaultIdentityFiles, agentSocket, passphrasePrompt, connectTimeout,
                requestTimeout, keepAliveInterval, maxSessionsPerConnection, cancelGrace);
    }

    public RemoteSettings withPassphrasePrompt(PassphrasePrompt prompt) {
        return new RemoteSettings(knownHostsFiles, recordFile, defaultIdentityFiles, agentSocket, prompt, connectTimeout,
                requestTimeout, keepAliveInterval, maxSessionsPerConnection, cancelGrace);
    }

    public RemoteSettings withAgentSocket(Optional<Path> socket) {
        return new RemoteSettings(knownHostsFiles, recordFile, defaultIdentityFiles, socket, passphrasePrompt, connectTimeout,
                requestTimeout, keepAliveInterval, maxSessionsPerConnection, cancelGrace);
    }

    public RemoteSettings withDefaultIdentityFiles(List<Path> files) {
        return new RemoteSettings(knownHostsFiles, recordFile, files, agentSocket, passphrasePrompt, connectTimeout,
                requestTimeout, keepAliveInterval, maxSessionsPerConnection, cancelGrace);
    }

    public RemoteSettings withTimeouts(Duration connect, Duration request) {
        return new RemoteSettings(knownHostsFiles, recordFile, defaultIdentityFiles, agentSocket, passphrasePrompt, connect,
                request, keepAliveInterval, maxSessionsPerConnection, cancelGrace);
    }
}
