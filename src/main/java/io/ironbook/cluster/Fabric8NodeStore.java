package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link NodeStore} on two fabric8 informers, nodes and pods. The informers list, then watch, and
 * re-list with backoff when the watch breaks. Their events are handed to one thread of ours, which owns
 * the summaries, the pod counts and the listener calls; the same thread notices every 200 ms whether
 * the informers are watching, and reports when the store went stale and when it recovered.
 */
final class Fabric8NodeStore implements NodeStore {
    private static final Logger LOG = LoggerFactory.getLogger(Fabric8NodeStore.class);
    private static final long HEALTH_CHECK_MILLIS = 200;
    private static final Duration STALE_AFTER = Duration.ofSeconds(1);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "ironbook-node-store");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, NodeSummary> summaries = new ConcurrentHashMap<>();
    private final Map<String, String> podNode = new HashMap<>();
    private final Map<String, Integer> podCounts = new HashMap<>();
    private final List<NodeStoreListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch synced = new CountDownLatch(1);
    private volatile Optional<Instant> staleSince = Optional.empty();
    private volatile Instant firstFailure;
    private volatile boolean closed;
    private Instant notWatchingSince;
    private volatile java.util.concurrent.ScheduledFuture<?> syncCheck;
    private boolean reportedSync;
    private SharedIndexInformer<Node> nodeInformer;
    private SharedIndexInformer<Pod> podInformer;

    private Fabric8NodeStore() {
    }

    static Fabric8NodeStore start(KubernetesClient client) {
        Fabric8NodeStore store = new Fabric8NodeStore();
        // Listed in pages, as kubectl does: a 5,000-node cluster's pods in one response would be parsed whole.
        store.nodeInformer = client.nodes().withLimit(Fabric8ClusterGateway.PAGE_SIZE).runnableInformer(0)
                .itemStore(SlimItemStore.nodes());
        store.nodeInformer.exceptionHandler(store::retry);
        store.nodeInformer.addEventHandler(store.nodeHandler());
        store.podInformer = client.pods().inAnyNamespace().withLimit(Fabric8ClusterGateway.PAGE_SIZE).runnableInformer(0)
                .itemStore(SlimItemStore.pods());
        store.podInformer.exceptionHandler(store::retry);
        store.podInformer.addEventHandler(store.podHandler());
        java.util.concurrent.CompletableFuture.allOf(store.nodeInformer.start().toCompletableFuture(),
                store.podInformer.start().toCompletableFuture())
                .whenComplete((ignored, failure) -> store.thread.execute(store::fillOnceSynced));
        store.thread.scheduleWithFixedDelay(store::checkHealth, HEALTH_CHECK_MILLIS, HEALTH_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        // Until the first fill, look every 10 ms: an informer with nothing to list sends no event to wake us.
        store.syncCheck = store.thread.scheduleWithFixedDelay(() -> {
            java.util.concurrent.ScheduledFuture<?> check = store.syncCheck;
            if (store.fillOnceSynced() && check != null) {
                check.cancel(false);
            }
        }, 10, 10, TimeUnit.MILLISECONDS);
        return store;
    }

    @Override
    public boolean awaitSynced(Duration timeout) throws InterruptedException {
        return synced.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public List<NodeSummary> snapshot() {
        List<NodeSummary> all = new ArrayList<>(summaries.values());
        all.sort(Comparator.comparing(NodeSummary::name));
        return all;
    }

    @Override
    public Optional<NodeSummary> get(String name) {
        return Optional.ofNullable(summaries.get(name));
    }

    @Override
    public Optional<Instant> staleSince() {
        return staleSince;
    }

    @Override
    public AutoCloseable subscribe(NodeStoreListener listener) {
        thread.execute(() -> {
            listeners.add(listener);
            snapshot().forEach(listener::nodeChanged);
            if (staleSince.isPresent()) {
                listener.connectionChanged(staleSince);
            }
        });
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        nodeInformer.close();
        podInformer.close();
        thread.shutdownNow();
    }

    private boolean retry(boolean started, Throwable failure) {
        if (firstFailure == null) {
            firstFailure = Instant.now();
        }
        LOG.info("node store lost the API server (informer started: {}): {}", started, failure.toString());
        return true;
    }

    private void checkHealth() {
        if (closed) {
            return;
        }
        boolean watching = nodeInformer.isWatching() && podInformer.isWatching();
        fillOnceSynced();
        Instant now = Instant.now();
        if (watching) {
            notWatchingSince = null;
            firstFailure = null;
            if (staleSince.isPresent()) {
                staleSince = Optional.empty();
                LOG.info("node store watching again");
                listeners.forEach(listener -> listener.connectionChanged(Optional.empty()));
            }
            return;
        }
        if (notWatchingSince == null) {
            notWatchingSince = now;
        }
        // A watch that the server ends is re-opened within milliseconds; only a failure or a gap longer
        // than STALE_AFTER makes the store stale.
        boolean failing = firstFailure != null || Duration.between(notWatchingSince, now).compareTo(STALE_AFTER) >= 0;
        if (failing && staleSince.isEmpty() && reportedSync) {
            Instant since = firstFailure != null && firstFailure.isBefore(notWatchingSince) ? firstFailure : notWatchingSince;
            staleSince = Optional.of(since);
            LOG.warn("node store stale since {}", since);
            listeners.forEach(listener -> listener.connectionChanged(staleSince));
        }
    }

    /**
     * Fills the store from the informers' caches once both have listed everything (checked when they start,
     * on every event, and every 200 ms). Events before that are dropped: the caches already hold what they
     * carry. Returns whether the store is filled.
     */
    private boolean fillOnceSynced() {
        if (reportedSync) {
            return true;
        }
        if (nodeInformer.hasSynced() && podInformer.hasSynced()) {
            // The informers' caches are complete, but their events may still be on their way to this thread:
            // take the caches as they are, so that a synced store shows every node. Later events repeat them.
            nodeInformer.getStore().list().forEach(node -> nodes.put(node.getMetadata().getName(), node));
            podInformer.getStore().list().forEach(pod -> track(key(pod), boundNode(pod)));
            nodes.keySet().forEach(this::publish);
            reportedSync = true;
            synced.countDown();
        }
        return reportedSync;
    }

    private ResourceEventHandler<Node> nodeHandler() {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(Node node) {
                thread.execute(() -> nodeUpdated(node));
            }

            @Override
            public void onUpdate(Node oldNode, Node newNode) {
                thread.execute(() -> nodeUpdated(newNode));
            }

            @Override
            public void onDelete(Node node, boolean deletedFinalStateUnknown) {
                thread.execute(() -> nodeDeleted(node.getMetadata().getName()));
            }
        };
    }

    private ResourceEventHandler<Pod> podHandler() {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                thread.execute(() -> podUpdated(key(pod), boundNode(pod)));
            }

            @Override
            public void onUpdate(Pod oldPod, Pod newPod) {
                thread.execute(() -> podUpdated(key(newPod), boundNode(newPod)));
            }

            @Override
            public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
                thread.execute(() -> podUpdated(key(pod), null));
            }
        };
    }

    private void nodeUpdated(Node node) {
        if (!fillOnceSynced()) {
            return;
        }
        String name = node.getMetadata().getName();
        nodes.put(name, node);
        publish(name);
    }

    private void nodeDeleted(String name) {
        if (!fillOnceSynced()) {
            return;
        }
        nodes.remove(name);
        if (summaries.remove(name) != null) {
            listeners.forEach(listener -> listener.nodeRemoved(name));
        }
    }

    private void podUpdated(String podKey, String nodeName) {
        if (!fillOnceSynced()) {
            return;
        }
        String before = track(podKey, nodeName);
        if (java.util.Objects.equals(before, nodeName)) {
            return;
        }
        if (before != null) {
            publish(before);
        }
        if (nodeName != null) {
            publish(nodeName);
        }
    }

    /** Records which node the pod occupies now and adjusts the counts; returns the node it occupied before. */
    private String track(String podKey, String nodeName) {
        String before = nodeName == null ? podNode.remove(podKey) : podNode.put(podKey, nodeName);
        if (!java.util.Objects.equals(before, nodeName)) {
            if (before != null) {
                podCounts.merge(before, -1, Integer::sum);
            }
            if (nodeName != null) {
                podCounts.merge(nodeName, 1, Integer::sum);
            }
        }
        return before;
    }

    private void publish(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            return;
        }
        NodeSummary summary = NodeSummaryMapper.summarize(node, OptionalInt.of(podCounts.getOrDefault(name, 0)));
        NodeSummary previous = summaries.put(name, summary);
        if (!summary.equals(previous)) {
            listeners.forEach(listener -> listener.nodeChanged(summary));
        }
    }

    private static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    /** The node a pod occupies: null when unscheduled or finished. */
    private static String boundNode(Pod pod) {
        if (pod.getSpec() == null || pod.getSpec().getNodeName() == null || DrainFilters.finished(pod)) {
            return null;
        }
        return pod.getSpec().getNodeName();
    }
}
