package io.ironbook.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command on an sshj session: two reader threads deliver stdout and stderr line by line, a
 * supervisor enforces the timeout, and cancel sends SIGTERM, then closes the channel.
 */
final class SshjRunningCommand implements RunningCommand {
    private static final Logger LOG = LoggerFactory.getLogger(SshjRunningCommand.class);
    private static final Duration EXIT_STATUS_WAIT = Duration.ofSeconds(5);

    private final SshjRemoteShell shell;
    private final SshTarget target;
    private final SshjRemoteShell.Pooled pooled;
    private final Session session;
    private final Session.Command cmd;
    private final RemoteCommand command;
    private final OutputListener listener;
    private final ExecutorService threads;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<CommandResult> done = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final AtomicBoolean sudoWantsPassword = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicReference<IOException> streamFailure = new AtomicReference<>();
    /** Completes when both output streams have ended. */
    private CompletableFuture<Void> readersDone;
    /** Completes when a cancel or timeout gives up on the streams (the server ignored the signal). */
    private final CompletableFuture<Void> abandoned = new CompletableFuture<>();

    private SshjRunningCommand(SshjRemoteShell shell, SshTarget target, SshjRemoteShell.Pooled pooled, Session session,
                               Session.Command cmd, RemoteCommand command, OutputListener listener, ExecutorService threads) {
        this.shell = shell;
        this.target = target;
        this.pooled = pooled;
        this.session = session;
        this.cmd = cmd;
        this.command = command;
        this.listener = listener;
        this.threads = threads;
    }

    static SshjRunningCommand start(SshjRemoteShell shell, SshTarget target, SshjRemoteShell.Pooled pooled, Session session,
                                    Session.Command cmd, RemoteCommand command, OutputListener listener,
                                    ExecutorService threads) {
        SshjRunningCommand running = new SshjRunningCommand(shell, target, pooled, session, cmd, command, listener, threads);
        CompletableFuture<Void> stdout = CompletableFuture.runAsync(
                () -> running.pump(cmd.getInputStream(), OutputStreamKind.STDOUT), threads);
        CompletableFuture<Void> stderr = CompletableFuture.runAsync(
                () -> running.pump(cmd.getErrorStream(), OutputStreamKind.STDERR), threads);
        running.readersDone = CompletableFuture.allOf(stdout, stderr);
        threads.submit(running::supervise);
        return running;
    }

    @Override
    public String node() {
        return target.node();
    }

    private void pump(InputStream in, OutputStreamKind kind) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (kind == OutputStreamKind.STDERR && command.sudo() && isSudoPasswordPrompt(line)) {
                    sudoWantsPassword.set(true);
                }
                try {
                    listener.onLine(target.node(), kind, line);
                } catch (RuntimeException e) {
                    LOG.warn("{}: output listener failed: {}", target.node(), e.toString());
                }
            }
        } catch (IOException e) {
            if (!cancelled.get() && !timedOut.get()) {
                streamFailure.compareAndSet(null, e);
            }
        }
    }

    static boolean isSudoPasswordPrompt(String line) {
        return line.startsWith("sudo: ") && (line.contains("a password is required")
                || line.contains("a terminal is required") || line.contains("no askpass program"));
    }

    private void supervise() {
        try {
            done.complete(waitForEnd());
        } catch (IOException e) {
            done.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate();
            done.completeExceptionally(new RemoteException(RemoteException.Failure.DISCONNECTED, target.node(),
                    target.node() + ": interrupted"));
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        } finally {
            pooled.sessions.release();
            closeChannel();
            if (command.expectDisconnect()) {
                shell.drop(target);
            }
        }
    }

    private CommandResult waitForEnd() throws IOException, InterruptedException {
        Optional<Duration> limit = command.timeout();
        CompletableFuture<Object> ended = CompletableFuture.anyOf(readersDone, abandoned);
        try {
            if (limit.isPresent()) {
                ended.get(limit.get().toNanos(), TimeUnit.NANOSECONDS);
            } else {
                ended.get();
            }
        } catch (TimeoutException e) {
            timedOut.set(true);
            terminate();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (cancelled.get() || timedOut.get()) {
            waitQuietly();
            return result(timedOut.get() ? CommandResult.Outcome.TIMED_OUT : CommandResult.Outcome.CANCELLED);
        }
        try {
            cmd.join(EXIT_STATUS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            LOG.debug("{}: waiting for the exit status: {}", target.node(), e.toString());
        }
        Integer status = cmd.getExitStatus();
        Signal signal = cmd.getExitSignal();
        boolean transportDown = !pooled.alive();
        if (status != null) {
            if (status == 1 && sudoWantsPassword.get()) {
                return result(CommandResult.Outcome.SUDO_PASSWORD_REQUIRED);
            }
            return new CommandResult(target.node(), CommandResult.Outcome.EXITED, Optional.of(status), Optional.empty(), elapsed());
        }
        if (signal != null && !transportDown) {
            return new CommandResult(target.node(), CommandResult.Outcome.KILLED, Optional.empty(), Optional.of(signal.name()), elapsed());
        }
        if (command.expectDisconnect()) {
            return result(CommandResult.Outcome.DISCONNECTED_AS_EXPECTED);
        }
        IOException failure = streamFailure.get();
        throw new RemoteException(RemoteException.Failure.DISCONNECTED, target.node(), target.node()
                + ": the connection dropped while the command ran"
                + (failure != null && failure.getMessage() != null ? " (" + failure.getMessage() + ")" : ""), failure);
    }

    private CommandResult result(CommandResult.Outcome outcome) {
        Integer status = cmd.getExitStatus();
        return new CommandResult(target.node(), outcome, Optional.ofNullable(status), Optional.empty(), elapsed());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** SIGTERM, then close the channel if the command has not ended within the grace period. */
    private void terminate() {
        try {
            cmd.signal(Signal.TERM);
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: sending TERM: {}", target.node(), e.toString());
        }
        long graceMillis = shell.cancelGrace().toMillis();
        try {
            readersDone.get(graceMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.info("{}: no exit {} ms after TERM, closing the channel and leaving the command", target.node(), graceMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeChannel();
        abandoned.complete(null);
    }

    /**
     * Closes the channel in the background: sshj waits for the server's answer, and OpenSSH answers
     * only when the remote process has exited.
     */
    private void closeChannel() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        Runnable close = () -> {
            try {
                session.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("{}: closing the channel: {}", target.node(), e.toString());
            }
        };
        try {
            threads.submit(close);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("{}: shell closed, channel goes with its connection", target.node());
        }
    }

    private void waitQuietly() {
        try {
            readersDone.get(200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.debug("{}: readers still busy after close", target.node());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CommandResult await() throws RemoteException, InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    @Override
    public Optional<CommandResult> await(Duration limit) throws RemoteException, InterruptedException {
        try {
            return Optional.of(done.get(limit.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private RemoteException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RemoteException remote) {
            return remote;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new RemoteException(RemoteException.Failure.PROTOCOL, target.node(),
                target.node() + ": " + cause.getMessage(), cause);
    }

    @Override
    public void cancel() {
        if (done.isDone() || !cancelled.compareAndSet(false, true)) {
            return;
        }
        threads.submit(this::terminate);
    }
}
