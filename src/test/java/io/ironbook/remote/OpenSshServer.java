package io.ironbook.remote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} on 127.0.0.1, started for a test with its own throwaway host key,
 * authorized keys and configuration ({@code UsePAM no}, {@code StrictModes no}), listening on one or
 * more free ports. Logins are as the user running the tests.
 */
public final class OpenSshServer implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Process process;
    private final List<Integer> ports;
    private final String hostKeyLine;
    private final Path log;

    private OpenSshServer(Process process, List<Integer> ports, String hostKeyLine, Path log) {
        this.process = process;
        this.ports = List.copyOf(ports);
        this.hostKeyLine = hostKeyLine;
        this.log = log;
    }

    /** Skips the test outside CI when sshd is missing; fails in CI, where .ci/run installs it. */
    public static void requireSshd() {
        boolean present = Files.isExecutable(SSHD);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("/usr/sbin/sshd is required in CI (.ci/run installs openssh-server)");
        }
        assumeTrue(present, "OpenSSH sshd is not installed (/usr/sbin/sshd); skipping the real-server tests."
                + " Install openssh-server to run them.");
    }

    /** Starts sshd accepting the given public keys on {@code portCount} free loopback ports. */
    public static OpenSshServer start(Path dir, List<Path> authorizedPubKeys, int portCount) throws IOException, InterruptedException {
        requireSshd();
        Files.createDirectories(dir);
        Path hostKey = dir.resolve("ssh_host_ed25519_key");
        TestKeys.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test-host", "-f", hostKey.toString()));
        StringBuilder authorized = new StringBuilder();
        for (Path pub : authorizedPubKeys) {
            authorized.append(Files.readString(pub));
        }
        Path authorizedKeys = dir.resolve("authorized_keys");
        Files.writeString(authorizedKeys, authorized);
        List<Integer> ports = new ArrayList<>();
        StringBuilder listen = new StringBuilder();
        for (int i = 0; i < portCount; i++) {
            int port = freePort();
            ports.add(port);
            listen.append("ListenAddress 127.0.0.1:").append(port).append('\n');
        }
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, listen + """
                HostKey %s
                PidFile %s
                AuthorizedKeysFile %s
                UsePAM no
                StrictModes no
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitRootLogin prohibit-password
                AllowTcpForwarding yes
                MaxStartups 200:30:400
                MaxSessions 20
                LogLevel VERBOSE
                """.formatted(hostKey, dir.resolve("sshd.pid"), authorizedKeys));
        if (isRoot()) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        Path log = dir.resolve("sshd.log");
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        OpenSshServer server = new OpenSshServer(process, ports,
                Files.readString(Path.of(hostKey + ".pub")).strip().replaceFirst("\\s+test-host$", ""), log);
        server.awaitListening();
        return server;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (int port : ports) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("sshd exited: " + Files.readString(log));
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    break;
                } catch (IOException e) {
                    if (System.nanoTime() > deadline) {
                        close();
                        throw new IOException("sshd did not listen on " + port + ": " + Files.readString(log));
                    }
                    Thread.sleep(50);
                }
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public List<Integer> ports() {
        return ports;
    }

    public int port() {
        return ports.get(0);
    }

    /** known_hosts lines for every port. */
    public String knownHostsLines() {
        StringBuilder lines = new StringBuilder();
        for (int port : ports) {
            lines.append("[127.0.0.1]:").append(port).append(' ').append(hostKeyLine).append('\n');
        }
        return lines.toString();
    }

    /** The server's log so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
