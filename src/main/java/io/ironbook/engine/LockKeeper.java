package io.ironbook.engine;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renews a run's node locks while it lives and releases them when it ends. */
final class LockKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LockKeeper.class);
    private final NodeLocks locks;
    private final NodeLocks.Holder holder;
    private final List<String> nodes;
    private ScheduledExecutorService renewer;

    LockKeeper(NodeLocks locks, NodeLocks.Holder holder, List<String> nodes) {
        this.locks = locks;
        this.holder = holder;
        this.nodes = nodes;
    }

    void start() {
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lock-renewer-" + holder.runId());
            t.setDaemon(true);
            return t;
        });
        long every = RunbookRunner.RENEW_EVERY.toMillis();
        renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    private void renew() {
        for (String node : List.copyOf(nodes)) {
            try {
                locks.renew(node, holder);
            } catch (RuntimeException e) {
                LOG.warn("cannot renew the lock of {} for run {}: {}", node, holder.runId(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
        for (String node : nodes) {
            try {
                locks.release(node, holder);
            } catch (RuntimeException e) {
                LOG.warn("cannot release the lock of {} for run {}: {}", node, holder.runId(), e.getMessage());
            }
        }
    }
}
