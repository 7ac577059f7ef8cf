package io.ironbook.tui.view;

import io.ironbook.cluster.NodeStore;
import io.ironbook.cluster.NodeStoreListener;
import io.ironbook.cluster.NodeSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A node store driven by the test: nodes are put, removed and the connection lost by hand. */
public final class FakeNodeStore implements NodeStore {
    private final Map<String, NodeSummary> nodes = new TreeMap<>();
    private final List<NodeStoreListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch synced = new CountDownLatch(1);
    private volatile Optional<Instant> staleSince = Optional.empty();

    /** A store that has synced with these nodes. */
    public static FakeNodeStore syncedWith(List<NodeSummary> initial) {
        FakeNodeStore store = new FakeNodeStore();
        initial.forEach(node -> store.nodes.put(node.name(), node));
        store.synced.countDown();
        return store;
    }

    public synchronized void put(NodeSummary node) {
        nodes.put(node.name(), node);
        listeners.forEach(listener -> listener.nodeChanged(node));
    }

    public synchronized void remove(String name) {
        nodes.remove(name);
        listeners.forEach(listener -> listener.nodeRemoved(name));
    }

    public void connection(Optional<Instant> since) {
        staleSince = since;
        listeners.forEach(listener -> listener.connectionChanged(since));
    }

    @Override
    public boolean awaitSynced(Duration timeout) throws InterruptedException {
        return synced.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized List<NodeSummary> snapshot() {
        return new ArrayList<>(nodes.values());
    }

    @Override
    public synchronized Optional<NodeSummary> get(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    @Override
    public Optional<Instant> staleSince() {
        return staleSince;
    }

    @Override
    public synchronized AutoCloseable subscribe(NodeStoreListener listener) {
        listeners.add(listener);
        nodes.values().forEach(listener::nodeChanged);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
