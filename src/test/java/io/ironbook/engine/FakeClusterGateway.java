package io.ironbook.engine;

import io.ironbook.cluster.ClusterEvent;
import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ControlPlaneStatus;
import io.ironbook.cluster.CordonMark;
import io.ironbook.cluster.CordonRequest;
import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.DrainListener;
import io.ironbook.cluster.DrainOptions;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.DrainResult;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeStore;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.PodDecision;
import io.ironbook.cluster.PodRef;
import io.ironbook.cluster.UncordonScope;
import io.ironbook.cluster.WaitListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cluster in memory for engine tests: nodes with readiness, cordon marks, roles and boot ids. */
final class FakeClusterGateway implements ClusterGateway {

    /** One node's mutable state. */
    static final class FakeNode {
        volatile NodeReadiness readiness = NodeReadiness.READY;
        volatile boolean cordoned;
        volatile Optional<CordonMark> mark = Optional.empty();
        volatile String bootId;
        final List<String> roles;

        FakeNode(String bootId, List<String> roles) {
            this.bootId = bootId;
            this.roles = roles;
        }
    }

    final Map<String, FakeNode> nodes = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    /** kured's lock as the fake cluster holds it (empty: kured absent or holding nothing). */
    volatile Optional<io.ironbook.cluster.KuredLock> kured = Optional.empty();
    /** When set, reading kured's lock fails with it (e.g. FORBIDDEN). */
    volatile ClusterException kuredError;

    FakeClusterGateway node(String name, String... roles) {
        nodes.put(name, new FakeNode("boot-" + name + "-1", List.of(roles)));
        return this;
    }

    @Override
    public String server() {
        return "https://127.0.0.1:6443";
    }

    @Override
    public String contextName() {
        return "fake";
    }

    @Override
    public List<NodeSummary> nodes() {
        return nodes.keySet().stream().sorted().map(n -> summary(n).orElseThrow()).toList();
    }

    @Override
    public List<NodeSummary> nodesWithPodCounts() {
        return nodes();
    }

    @Override
    public Optional<NodeSummary> node(String name) {
        return summary(name);
    }

    private Optional<NodeSummary> summary(String name) {
        FakeNode n = nodes.get(name);
        if (n == null) {
            return Optional.empty();
        }
        return Optional.of(new NodeSummary(name, n.readiness, n.readiness == NodeReadiness.UNKNOWN ? "NodeStatusUnknown" : "",
                "", n.cordoned, n.mark, n.roles, "v1.31.0", "10.0.0.1", Instant.EPOCH, Optional.empty(), List.of(), List.of(),
                List.of(), n.bootId, OptionalInt.empty()));
    }

    @Override
    public List<String> nodeNamesMatching(String labelSelector) {
        return nodes.keySet().stream().sorted().toList();
    }

    @Override
    public boolean nodeExists(String name) {
        return nodes.containsKey(name);
    }

    @Override
    public String nodeYaml(String name) {
        return "kind: Node\nmetadata:\n  name: " + name + "\n";
    }

    @Override
    public List<ClusterEvent> nodeEvents(String name) {
        return List.of();
    }

    @Override
    public ControlPlaneStatus controlPlane() {
        return new ControlPlaneStatus(true, "ok", nodes().stream().filter(Interlocks::isControlPlane).toList());
    }

    @Override
    public CordonResult cordon(String node, CordonRequest request) {
        calls.add("cordon " + node);
        FakeNode n = existing(node);
        if (n.cordoned) {
            return new CordonResult(node, CordonResult.Outcome.ALREADY_CORDONED, n.mark);
        }
        n.cordoned = true;
        n.mark = Optional.of(new CordonMark(request.operator(), request.runId(), request.reason(), Optional.empty()));
        return new CordonResult(node, CordonResult.Outcome.CORDONED, n.mark);
    }

    @Override
    public CordonResult uncordon(String node, UncordonScope scope) {
        calls.add("uncordon " + node);
        FakeNode n = existing(node);
        if (!n.cordoned) {
            return new CordonResult(node, CordonResult.Outcome.ALREADY_UNCORDONED, Optional.empty());
        }
        if (scope.runId().isPresent() && !n.mark.map(m -> m.runId().equals(scope.runId().get())).orElse(false)) {
            return new CordonResult(node, CordonResult.Outcome.LEFT_CORDONED, n.mark);
        }
        n.cordoned = false;
        n.mark = Optional.empty();
        return new CordonResult(node, CordonResult.Outcome.UNCORDONED, Optional.empty());
    }

    @Override
    public DrainPlan planDrain(String node, DrainOptions options) {
        PodRef pod = new PodRef("default", "web-" + node, "uid-1");
        return new DrainPlan(node, List.of(new PodDecision(pod, PodDecision.Verdict.EVICT, "")), List.of(), List.of(), List.of());
    }

    /** Drains behave as if the operator cancelled while they waited: the interrupt is kept, the call fails. */
    volatile boolean interruptDrains;

    @Override
    public DrainResult drain(String node, DrainOptions options, DrainListener listener) {
        calls.add("drain " + node);
        if (interruptDrains) {
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Kind.API, "drain interrupted", new InterruptedException());
        }
        listener.cordoned(cordon(node, options.cordon()));
        DrainPlan plan = planDrain(node, options);
        listener.planned(plan);
        return new DrainResult(node, DrainResult.Outcome.DRAINED, plan, List.of(plan.toEvict().get(0).pod()), List.of(), List.of());
    }

    @Override
    public NodeSummary waitForReadiness(String node, NodeReadiness target, Duration timeout, WaitListener listener) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (existing(node).readiness == target) {
                return summary(node).orElseThrow();
            }
            pause();
        }
        throw new ClusterException(ClusterException.Kind.TIMEOUT, "node " + node + " did not become " + target.display()
                + " within " + timeout.toMillis() + "ms");
    }

    @Override
    public NodeSummary waitForBootIdChange(String node, String previousBootId, Duration timeout, WaitListener listener) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!existing(node).bootId.equals(previousBootId)) {
                return summary(node).orElseThrow();
            }
            pause();
        }
        throw new ClusterException(ClusterException.Kind.TIMEOUT, "node " + node + " kept boot id " + previousBootId);
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Kind.TIMEOUT, "interrupted");
        }
    }

    private FakeNode existing(String node) {
        FakeNode n = nodes.get(node);
        if (n == null) {
            throw new ClusterException(ClusterException.Kind.NOT_FOUND, "nodes \"" + node + "\" not found");
        }
        return n;
    }

    @Override
    public Optional<io.ironbook.cluster.KuredLock> kuredLock() {
        if (kuredError != null) {
            throw kuredError;
        }
        return kured;
    }

    @Override
    public NodeStore watchNodes() {
        throw new ClusterException(ClusterException.Kind.API, "the fake has no watch");
    }

    @Override
    public void close() {
    }

    /** Used by tests to see what the engine asked for, in order. */
    List<String> calls() {
        return new ArrayList<>(calls);
    }

    final Map<String, io.ironbook.cluster.NodeLease> leases = new ConcurrentHashMap<>();

    @Override
    public synchronized io.ironbook.cluster.LeaseResult acquireLease(String namespace, String node, String holder,
                                                                     Duration duration) {
        io.ironbook.cluster.NodeLease current = leases.get(node);
        if (current != null && !current.holder().equals(holder) && current.expiresAt().isAfter(Instant.now())) {
            return new io.ironbook.cluster.LeaseResult(Optional.empty(), current.holder(), Optional.of(current.expiresAt()));
        }
        io.ironbook.cluster.NodeLease lease = new io.ironbook.cluster.NodeLease(node, namespace, holder, duration, Instant.now());
        leases.put(node, lease);
        return new io.ironbook.cluster.LeaseResult(Optional.of(lease), holder, Optional.of(lease.expiresAt()));
    }

    @Override
    public synchronized io.ironbook.cluster.NodeLease renewLease(io.ironbook.cluster.NodeLease lease) {
        io.ironbook.cluster.NodeLease renewed = new io.ironbook.cluster.NodeLease(lease.node(), lease.namespace(),
                lease.holder(), lease.duration(), Instant.now());
        leases.put(lease.node(), renewed);
        return renewed;
    }

    @Override
    public synchronized boolean releaseLease(io.ironbook.cluster.NodeLease lease) {
        return leases.remove(lease.node(), leases.get(lease.node())) ;
    }
}
