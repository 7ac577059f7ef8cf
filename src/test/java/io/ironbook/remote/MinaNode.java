package io.ironbook.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * An in-process SSH server (Apache MINA sshd) that answers like a Linux node with canned commands,
 * over the real SSH protocol. Commands: {@code uptime}, {@code hostname}, {@code lines N MS} (N lines
 * MS apart), {@code exit N}, {@code sleep S} (SIGTERM ends it with 143), {@code reboot} (drops the
 * connection), {@code sudo -n ...} (wants a password), anything else: 127.
 */
public final class MinaNode implements AutoCloseable {
    private final String name;
    private final SshServer server;
    private final PublicKey hostKey;
    public final AtomicInteger connections = new AtomicInteger();
    public final List<String> commands = new CopyOnWriteArrayList<>();
    public final List<String> signals = new CopyOnWriteArrayList<>();

    private MinaNode(String name, SshServer server, PublicKey hostKey) {
        this.name = name;
        this.server = server;
        this.hostKey = hostKey;
    }

    /** Starts a node that accepts the public keys in the given {@code .pub} files. */
    public static MinaNode start(String name, Path dir, List<Path> authorizedPubKeys) throws IOException {
        return start(name, dir, authorizedPubKeys, 0);
    }

    /** Starts a node on the given port (0: any free port); the same name and folder give the same host key. */
    public static MinaNode start(String name, Path dir, List<Path> authorizedPubKeys, int port) throws IOException {
        List<PublicKey> allowed = new ArrayList<>();
        for (Path pub : authorizedPubKeys) {
            for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(pub)) {
                try {
                    allowed.add(entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING));
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException(e);
                }
            }
        }
        Files.createDirectories(dir);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dir.resolve(name + "-hostkey.ser"));
        keys.setAlgorithm("EC");
        keys.setKeySize(256);
        server.setKeyPairProvider(keys);
        server.setPublickeyAuthenticator((user, key, session) -> allowed.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        MinaNode[] self = new MinaNode[1];
        server.setCommandFactory((channel, command) -> self[0].command(command));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                self[0].connections.incrementAndGet();
            }
        });
        KeyPair pair = keys.loadKeys(null).iterator().next();
        PublicKey hostKey = pair.getPublic();
        self[0] = new MinaNode(name, server, hostKey);
        server.start();
        return self[0];
    }

    public int port() {
        return server.getPort();
    }

    public PublicKey hostKey() {
        return hostKey;
    }

    /** {@code [127.0.0.1]:port keytype base64}. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey);
    }

    /** The host key as OpenSSH's SHA256 fingerprint. */
    public String fingerprint() {
        String[] parts = PublicKeyEntry.toString(hostKey).split(" ");
        return KnownHosts.fingerprint(java.util.Base64.getDecoder().decode(parts[1]));
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private Command command(String line) {
        commands.add(line);
        return new FakeCommand(line);
    }

    /** One canned command on a worker thread. */
    private final class FakeCommand implements Command {
        private final String line;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Thread worker;
        private ChannelSession channel;

        FakeCommand(String line) {
            this.line = line;
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            this.channel = channel;
            env.addSignalListener((ch, signal) -> {
                signals.add(signal.name());
                if (worker != null) {
                    worker.interrupt();
                }
            });
            worker = new Thread(this::run, "fake-" + name);
            worker.start();
        }

        private void run() {
            String[] words = line.strip().split("\\s+");
            try {
                int code = switch (words[0]) {
                    case "uptime" -> say(out, " 10:00:00 up 12 days,  3:04,  0 users,  load average: 0.10, 0.20, 0.30");
                    case "hostname" -> say(out, name);
                    case "lines" -> lines(Integer.parseInt(words[1]), Long.parseLong(words[2]));
                    case "exit" -> {
                        say(err, "failing with " + words[1]);
                        yield Integer.parseInt(words[1]);
                    }
                    case "sleep" -> sleep(Long.parseLong(words[1]));
                    case "reboot" -> {
                        say(out, "rebooting");
                        channel.getSession().close(true);
                        yield -1;
                    }
                    case "sudo" -> {
                        say(err, "sudo: a password is required");
                        yield 1;
                    }
                    default -> {
                        say(err, "bash: " + words[0] + ": command not found");
                        yield 127;
                    }
                };
                if (code >= 0) {
                    exit.onExit(code);
                }
            } catch (IOException e) {
                exit.onExit(255, e.toString());
            }
        }

        private int lines(int count, long pauseMillis) throws IOException {
            for (int i = 1; i <= count; i++) {
                say(out, "line " + i);
                if (!pause(pauseMillis)) {
                    return 143;
                }
            }
            return 0;
        }

        private int sleep(long seconds) {
            return pause(seconds * 1000) ? 0 : 143;
        }

        private boolean pause(long millis) {
            try {
                Thread.sleep(millis);
                return true;
            } catch (InterruptedException e) {
                return false;
            }
        }

        private int say(OutputStream stream, String text) throws IOException {
            stream.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
            return 0;
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }
}
