package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.TextGUIThread;
import io.ironbook.cluster.NodeStoreListener;
import io.ironbook.cluster.NodeSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Coalesces the node store's changes: the store's thread only records the latest state of each node, and at
 * most every {@link #MIN_INTERVAL} one batch goes to the GUI thread through {@code invokeLater}. A burst of
 * 5,000 changes is one model update and one redraw; a single change is on screen within the interval.
 */
final class NodeFeed implements NodeStoreListener {
    /** At most ten GUI updates a second. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(100);

    /** One batch: the latest state of every node that changed, and the connection state if it changed. */
    record Batch(Map<String, Optional<NodeSummary>> changes, Optional<Optional<Instant>> connection) {
    }

    private final Object lock = new Object();
    private final ScheduledExecutorService timer;
    private final TextGUIThread gui;
    private final Consumer<Batch> deliver;
    private Map<String, Optional<NodeSummary>> pending = new LinkedHashMap<>();
    private Optional<Optional<Instant>> connection = Optional.empty();
    private boolean scheduled;
    private long lastFlush = System.nanoTime() - MIN_INTERVAL.toNanos();

    NodeFeed(ScheduledExecutorService timer, TextGUIThread gui, Consumer<Batch> deliver) {
        this.timer = timer;
        this.gui = gui;
        this.deliver = deliver;
    }

    @Override
    public void nodeChanged(NodeSummary node) {
        synchronized (lock) {
            pending.put(node.name(), Optional.of(node));
            schedule();
        }
    }

    @Override
    public void nodeRemoved(String name) {
        synchronized (lock) {
            pending.put(name, Optional.empty());
            schedule();
        }
    }

    @Override
    public void connectionChanged(Optional<Instant> staleSince) {
        synchronized (lock) {
            connection = Optional.of(staleSince);
            schedule();
        }
    }

    private void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        long wait = Math.max(0, MIN_INTERVAL.toNanos() - (System.nanoTime() - lastFlush));
        timer.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
    }

    private void flush() {
        Batch batch;
        synchronized (lock) {
            batch = new Batch(pending, connection);
            pending = new LinkedHashMap<>();
            connection = Optional.empty();
            scheduled = false;
            lastFlush = System.nanoTime();
        }
        try {
            gui.invokeLater(() -> deliver.accept(batch));
        } catch (IllegalStateException e) {
            // the GUI thread has stopped: the console is closing and nobody will look at this batch
        }
    }
}
