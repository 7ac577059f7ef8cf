package io.ironbook.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one command on many nodes, at most {@code parallel} at a time. A node that cannot be reached,
 * trusted or logged into gets an error in its outcome; it never stops the others.
 */
public final class FanOut {

    /** Hears output lines (from any node, concurrently) and each node's end. */
    public interface Listener extends OutputListener {
        /** The node's command ended, or the node failed; called once per node, from worker threads. */
        default void finished(NodeOutcome outcome) {
        }
    }

    /**
     * How one node fared.
     *
     * @param node     the node
     * @param result   how the command ended, when it ran
     * @param error    why it did not run or did not end normally (unreachable, untrusted, login refused)
     * @param failure  the kind of failure, when there is an error from SSH
     * @param duration wall time for this node, connecting included
     */
    public record NodeOutcome(String node, Optional<CommandResult> result, Optional<String> error,
                              Optional<RemoteException.Failure> failure, Duration duration) {

        public NodeOutcome {
            Objects.requireNonNull(node);
            Objects.requireNonNull(result);
            Objects.requireNonNull(error);
            Objects.requireNonNull(failure);
            Objects.requireNonNull(duration);
        }

        /** True when the command ran and succeeded. */
        public boolean succeeded() {
            return error.isEmpty() && result.map(CommandResult::succeeded).orElse(false);
        }
    }

    private final RemoteShell shell;
    private final int parallel;
    private final java.util.Set<RunningCommand> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public FanOut(RemoteShell shell, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1");
        }
        this.shell = Objects.requireNonNull(shell);
        this.parallel = parallel;
    }

    /** Runs the command on every target and returns the outcomes in the targets' order. */
    public List<NodeOutcome> run(List<SshTarget> targets, RemoteCommand command, Listener listener)
            throws InterruptedException {
        if (targets.isEmpty()) {
            return List.of();
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallel, targets.size()), r -> {
            Thread t = new Thread(r, "fan-out-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<NodeOutcome>> futures = new ArrayList<>();
            for (SshTarget target : targets) {
                futures.add(workers.submit(() -> one(target, command, listener)));
            }
            List<NodeOutcome> outcomes = new ArrayList<>();
            for (Future<NodeOutcome> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("fan-out worker failed", e.getCause());
                }
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private NodeOutcome one(SshTarget target, RemoteCommand command, Listener listener) throws InterruptedException {
        long start = System.nanoTime();
        NodeOutcome outcome;
        try {
            if (cancelled) {
                throw new RemoteException(RemoteException.Failure.DISCONNECTED, target.node(), target.node() + ": cancelled before it started");
            }
            RunningCommand started = shell.start(target, command, listener);
            running.add(started);
            if (cancelled) {
                started.cancel();
            }
            CommandResult result;
            try {
                result = started.await();
            } finally {
                running.remove(started);
            }
            outcome = new NodeOutcome(target.node(), Optional.of(result), Optional.empty(), Optional.empty(), since(start));
        } catch (RemoteException e) {
            outcome = new NodeOutcome(target.node(), Optional.empty(), Optional.of(e.getMessage()),
                    Optional.of(e.failure()), since(start));
        } catch (RuntimeException e) {
            outcome = new NodeOutcome(target.node(), Optional.empty(), Optional.of(target.node() + ": " + e),
                    Optional.empty(), since(start));
        }
        listener.finished(outcome);
        return outcome;
    }

    /**
     * Cancels every command still running (SIGTERM, then the channel closes) and every node not yet
     * started, for example when the operator presses Ctrl-C; waits at most {@code limit} for them.
     */
    public void cancelAll(Duration limit) {
        cancelled = true;
        List<RunningCommand> now = new ArrayList<>(running);
        now.forEach(RunningCommand::cancel);
        long deadline = System.nanoTime() + limit.toNanos();
        for (RunningCommand command : now) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                command.await(Duration.ofNanos(left));
            } catch (RemoteException e) {
                // the node is gone anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
