package io.ironbook.remote;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
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
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

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
    private final SshjConnector connector;
    private final Map<String, Pooled> pool = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private volatile boolean closed;

    /**
     * A shell with these settings; reads the known_hosts files at once.
     *
     * @throws InvalidConfigException when a known_hosts file is malformed
     */
    public SshjRemoteShell(RemoteSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.connector = new SshjConnector(settings);
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
        } catch (RemoteException e) {
            pooled.sessions.release();
            throw e;
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
        pooled.client = connector.connect(target, hop -> pooled(hop).client);
    }

    @Override
    public void awaitReachable(SshTarget target, Duration limit) throws RemoteException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                // a pooled connection may be half-open after a reboot: prove it with a command
                CommandResult probe = run(target, RemoteCommand.of("true").withTimeout(PROBE_TIMEOUT), OutputListener.NONE);
                if (probe.outcome() == CommandResult.Outcome.EXITED) {
                    return;
                }
                drop(target);
            } catch (RemoteException e) {
                drop(target);
                boolean retryable = e.failure() == RemoteException.Failure.UNREACHABLE
                        || e.failure() == RemoteException.Failure.DISCONNECTED
                        || e.failure() == RemoteException.Failure.PROTOCOL;
                if (!retryable || deadline - System.nanoTime() <= 0) {
                    throw e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new RemoteException(RemoteException.Failure.UNREACHABLE, target.node(),
                        target.node() + ": no SSH login within " + limit.toSeconds() + "s");
            }
            Thread.sleep(Math.min(RETRY_PAUSE.toMillis(), Math.max(1, left / 1_000_000)));
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
        SshjConnector.closeQuietly(client);
    }
}
