package io.ironbook.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RemoteShell} on sshj: one pooled, authenticated connection per target (jump hosts shared
 * between targets), host keys checked against known_hosts under the target's own name, keys from the
 * agent and from files.
 */
public final class SshjRemoteShell implements RemoteShell {
    private static final Logger LOG = LoggerFactory.getLogger(SshjRemoteShell.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    /** A pooled connection and the sessions it may still open. */
    static final class Pooled {
        SSHClient client;
        final Semaphore sessions;

        Pooled(int maxSessions) {
            sessions = new Semaphore(maxSessions, true);
        }

        boolean alive() {
            return client != null && client.isConnected() && client.isAuthenticated();
        }
    }

    private final RemoteSettings settings;
    private final DefaultConfig config;
    private final HostKeyStore hostKeys;
    private final KeyRing keyRing;
    private final Optional<SshAgentClient> agent;
    private final Map<String, Pooled> pool = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private volatile boolean closed;

    public SshjRemoteShell(RemoteSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.config = new DefaultConfig();
        this.config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        this.hostKeys = new HostKeyStore(settings.knownHostsFiles(), settings.recordFile());
        this.keyRing = new KeyRing(settings.passphrasePrompt(), new SSHClient(config));
        this.agent = settings.agentSocket().map(sock -> new SshAgentClient(sock, Duration.ofSeconds(30)));
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ssh-io-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public RunningCommand start(SshTarget target, RemoteCommand command, OutputListener listener)
            throws RemoteException, InterruptedException {
        Objects.requireNonNull(listener);
        Pooled pooled = pooled(target);
        pooled.sessions.acquire();
        try {
            Session session = openSession(target, pooled);
            LOG.debug("{}: exec {}", target.node(), command.sudo() ? "(sudo) " + command.command() : command.command());
            Session.Command cmd = session.exec(command.commandLine());
            return SshjRunningCommand.start(this, target, pooled, session, cmd, command, listener, threads);
        } catch (IOException e) {
            pooled.sessions.release();
            drop(target);
            throw new RemoteException(RemoteException.Failure.DISCONNECTED, target.node(),
                    target.node() + ": cannot start the command: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            pooled.sessions.release();
            throw e;
        }
    }

    private Session openSession(SshTarget target, Pooled pooled) throws RemoteException, IOException {
        try {
            return pooled.client.startSession();
        } catch (IOException e) {
            LOG.info("{}: the pooled connection failed ({}), reconnecting", target.node(), e.toString());
            synchronized (pooled) {
                closeQuietly(pooled.client);
                pooled.client = null;
                connectLocked(target, pooled);
            }
            return pooled.client.startSession();
        }
    }

    Duration cancelGrace() {
        return settings.cancelGrace();
    }

    @Override
    public void connect(SshTarget target) throws RemoteException {
        pooled(target);
    }

    /** The live pooled connection to the target, connecting when there is none. */
    Pooled pooled(SshTarget target) throws RemoteException {
        if (closed) {
            throw new IllegalStateException("the shell is closed");
        }
        Pooled pooled = pool.computeIfAbsent(target.connectionKey(), k -> new Pooled(settings.maxSessionsPerConnection()));
        synchronized (pooled) {
            if (!pooled.alive()) {
                closeQuietly(pooled.client);
                pooled.client = null;
                connectLocked(target, pooled);
            }
        }
        return pooled;
    }

    private void connectLocked(SshTarget target, Pooled pooled) throws RemoteException {
        SSHClient client = new SSHClient(config);
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        client.getTransport().setTimeoutMs((int) settings.requestTimeout().toMillis());
        client.getConnection().setTimeoutMs((int) settings.requestTimeout().toMillis());
        client.getConnection().getKeepAlive().setKeepAliveInterval((int) settings.keepAliveInterval().toSeconds());
        HostKeyGate gate = new HostKeyGate(hostKeys, target);
        client.addHostKeyVerifier(gate);
        String where = target.address() + (target.jumps().isEmpty() ? "" : " via " + target.jumps().get(target.jumps().size() - 1).node());
        try {
            if (target.jumps().isEmpty()) {
                client.connect(target.host(), target.port());
            } else {
                List<SshTarget> hops = target.jumps();
                SshTarget last = hops.get(hops.size() - 1).withJumps(hops.subList(0, hops.size() - 1));
                Pooled via = pooled(last);
                DirectConnection tunnel = via.client.newDirectConnection(target.host(), target.port());
                client.connectVia(tunnel);
            }
        } catch (RemoteException e) {
            closeQuietly(client);
            throw new RemoteException(e.failure(), target.node(), target.node() + ": jump host failed: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(client);
            if (gate.refused()) {
                throw gate.refusal(target.node(), e);
            }
            throw connectFailure(target, where, e);
        }
        try {
            List<AuthMethod> methods = authMethods(target);
            if (methods.isEmpty()) {
                throw new RemoteException(RemoteException.Failure.AUTH_FAILED, target.node(), target.node()
                        + ": no key to offer: no ssh-agent (SSH_AUTH_SOCK) and none of "
                        + identityFiles(target) + " exists");
            }
            client.auth(target.user(), methods);
        } catch (UserAuthException e) {
            closeQuietly(client);
            throw new RemoteException(RemoteException.Failure.AUTH_FAILED, target.node(), target.node() + ": "
                    + target.user() + "@" + target.address() + " refused every key offered ("
                    + describe(authMethodsQuietly(target)) + ")" + causeText(e), e);
        } catch (TransportException e) {
            closeQuietly(client);
            throw connectFailure(target, where, e);
        } catch (RemoteException e) {
            closeQuietly(client);
            throw e;
        }
        LOG.info("{}: connected to {} as {}", target.node(), where, target.user());
        pooled.client = client;
    }

    private List<AuthMethod> authMethods(SshTarget target) {
        List<AuthMethod> methods = new ArrayList<>();
        if (agent.isPresent() && !target.identitiesOnly()) {
            try {
                for (SshAgentClient.Identity identity : agent.get().identities()) {
                    methods.add(new AgentAuthMethod(agent.get(), identity));
                }
            } catch (IOException e) {
                LOG.warn("ssh-agent at {} is unusable: {}", agent.get().socket(), e.toString());
            }
        }
        for (Path file : identityFiles(target)) {
            keyRing.key(file).ifPresent(key -> methods.add(new FileKeyAuth(file, key)));
        }
        return methods;
    }

    private List<AuthMethod> authMethodsQuietly(SshTarget target) {
        try {
            return authMethods(target);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private List<Path> identityFiles(SshTarget target) {
        return target.identityFiles().isEmpty() ? settings.defaultIdentityFiles() : target.identityFiles();
    }

    private static String describe(List<AuthMethod> methods) {
        List<String> names = new ArrayList<>();
        for (AuthMethod method : methods) {
            names.add(method.toString());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** Public-key authentication with a key file, named by its path in messages. */
    private static final class FileKeyAuth extends AuthPublickey {
        private final Path file;

        FileKeyAuth(Path file, net.schmizz.sshj.userauth.keyprovider.KeyProvider key) {
            super(key);
            this.file = file;
        }

        @Override
        public String toString() {
            return "key " + file;
        }
    }

    private static String causeText(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("cannot unlock")) {
                return "; " + cause.getMessage();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "";
    }

    private static RemoteException connectFailure(SshTarget target, String where, IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean unreachable = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SocketTimeoutException
                || root instanceof ConnectException || root instanceof UnknownHostException
                || root instanceof SocketTimeoutException || root instanceof java.io.EOFException
                || root instanceof java.net.SocketException;
        String reason = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                : root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new RemoteException(unreachable ? RemoteException.Failure.UNREACHABLE : RemoteException.Failure.PROTOCOL,
                target.node(), target.node() + ": cannot reach " + where + ": " + reason, e);
    }

    @Override
    public void awaitReachable(SshTarget target, Duration limit) throws RemoteException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            drop(target);
            try {
                pooled(target);
                return;
            } catch (RemoteException e) {
                boolean retryable = e.failure() == RemoteException.Failure.UNREACHABLE
                        || e.failure() == RemoteException.Failure.DISCONNECTED
                        || e.failure() == RemoteException.Failure.PROTOCOL;
                long left = deadline - System.nanoTime();
                if (!retryable || left <= 0) {
                    throw e;
                }
                Thread.sleep(Math.min(RETRY_PAUSE.toMillis(), Math.max(1, left / 1_000_000)));
            }
        }
    }

    @Override
    public void disconnect(SshTarget target) {
        drop(target);
    }

    void drop(SshTarget target) {
        Pooled pooled = pool.get(target.connectionKey());
        if (pooled != null) {
            synchronized (pooled) {
                closeQuietly(pooled.client);
                pooled.client = null;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Pooled pooled : pool.values()) {
            synchronized (pooled) {
                closeQuietly(pooled.client);
                pooled.client = null;
            }
        }
        pool.clear();
        threads.shutdownNow();
    }

    private static void closeQuietly(SSHClient client) {
        if (client == null) {
            return;
        }
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a connection: {}", e.toString());
        }
    }
}
