package io.ironbook.tui.view;

import io.ironbook.cluster.ClusterEvent;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ControlPlaneStatus;
import io.ironbook.cluster.CordonRequest;
import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.DrainListener;
import io.ironbook.cluster.DrainOptions;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.DrainResult;
import io.ironbook.cluster.LeaseResult;
import io.ironbook.cluster.NodeLease;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeStore;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.UncordonScope;
import io.ironbook.cluster.WaitListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A cluster gateway for console tests: it records cordons, uncordons and drains (and applies cordons to the
 * fake store, as the watch would), and answers drain plans and events the test set up.
 */
public final class FakeClusterGateway implements ClusterGateway {
    private final FakeNodeStore store;
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final Map<String, DrainPlan> plans = new ConcurrentHashMap<>();
    public final Map<String, List<ClusterEvent>> events = new ConcurrentHashMap<>();
    /** While set, drains wait for it to count down (a drain that takes its time). */
    public volatile java.util.concurrent.CountDownLatch drainHeld;

    public FakeClusterGateway(FakeNodeStore store) {
        this.store = store;
    }

    @Override
    public String server() {
        return "https://10.0.0.10:6443";
    }

    @Override
    public String contextName() {
        return "admin@prod-dc1";
    }

    @Override
    public List<NodeSummary> nodes() {
        return store.snapshot();
    }

    @Override
    public List<NodeSummary> nodesWithPodCounts() {
        return store.snapshot();
    }

    @Override
    public Optional<NodeSummary> node(String name) {
        return store.get(name);
    }

    @Override
    public boolean nodeExists(String name) {
        return store.get(name).isPresent();
    }

    @Override
    public String nodeYaml(String name) {
        return "kind: Node\nmetadata:\n  name: " + name + "\n";
    }

    @Override
    public List<ClusterEvent> nodeEvents(String name) {
        return events.getOrDefault(name, List.of());
    }

    @Override
    public ControlPlaneStatus controlPlane() {
        return new ControlPlaneStatus(true, "/readyz: HTTP 200 ok", List.of());
    }

    @Override
    public CordonResult cordon(String node, CordonRequest request) {
        calls.add("cordon " + node + " by " + request.operator());
        NodeSummary before = store.get(node).orElseThrow();
        store.put(TestNodes.cordoned(before));
        return new CordonResult(node, CordonResult.Outcome.CORDONED, Optional.empty());
    }

    @Override
    public CordonResult uncordon(String node, UncordonScope scope) {
        calls.add("uncordon " + node);
        return new CordonResult(node, CordonResult.Outcome.UNCORDONED, Optional.empty());
    }

    @Override
    public DrainPlan planDrain(String node, DrainOptions options) {
        calls.add("plan drain " + node);
        return plans.getOrDefault(node, new DrainPlan(node, List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public DrainResult drain(String node, DrainOptions options, DrainListener listener) {
        calls.add("drain " + node);
        java.util.concurrent.CountDownLatch held = drainHeld;
        if (held != null) {
            try {
                held.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // as the real drain: the interrupt is kept and the drain fails
                Thread.currentThread().interrupt();
                throw new io.ironbook.cluster.ClusterException(io.ironbook.cluster.ClusterException.Kind.API,
                        "drain interrupted", e);
            }
        }
        DrainPlan plan = plans.getOrDefault(node, new DrainPlan(node, List.of(), List.of(), List.of(), List.of()));
        return new DrainResult(node, DrainResult.Outcome.DRAINED, plan,
                plan.toEvict().stream().map(decision -> decision.pod()).toList(), List.of(), List.of());
    }

    @Override
    public NodeSummary waitForReadiness(String node, NodeReadiness target, Duration timeout, WaitListener listener) {
        throw new UnsupportedOperationException("the console does not wait for readiness");
    }

    @Override
    public NodeSummary waitForBootIdChange(String node, String previousBootId, Duration timeout,
            WaitListener listener) {
        throw new UnsupportedOperationException("the console does not wait for reboots");
    }

    @Override
    public LeaseResult acquireLease(String namespace, String node, String holder, Duration duration) {
        throw new UnsupportedOperationException("the console takes no leases");
    }

    @Override
    public NodeLease renewLease(NodeLease lease) {
        throw new UnsupportedOperationException("the console takes no leases");
    }

    @Override
    public boolean releaseLease(NodeLease lease) {
        throw new UnsupportedOperationException("the console takes no leases");
    }

    @Override
    public Optional<io.ironbook.cluster.KuredLock> kuredLock() {
        return Optional.empty();
    }

    @Override
    public NodeStore watchNodes() {
        return store;
    }

    @Override
    public void close() {
    }

    @Override
    public List<String> nodeNamesMatching(String labelSelector) {
        return nodes().stream().map(io.ironbook.cluster.NodeSummary::name).toList();
    }
}
