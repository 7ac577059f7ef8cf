package io.ironbook.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything ironbook knows about the cluster and does through the Kubernetes API. Every method may
 * throw {@link ClusterException} with a one-line message (unreachable server with its address, 401, 403
 * naming the verb and resource). Implementations never print.
 */
public interface ClusterGateway extends AutoCloseable {

    /** The API server's address, e.g. {@code https://10.0.0.10:6443}. */
    String server();

    /** The kubeconfig context in use. */
    String contextName();

    /** Every node, sorted by name, without pod counts (cheap: one paginated list of nodes). */
    List<NodeSummary> nodes();

    /** Every node with the number of unfinished pods bound to it (lists every pod of the cluster). */
    List<NodeSummary> nodesWithPodCounts();

    /** One node with its pod count (pods listed by {@code spec.nodeName}), if it exists. */
    Optional<NodeSummary> node(String name);

    /** The names of the nodes whose labels match a label selector ({@code disk=ssd,zone!=a}), sorted. */
    List<String> nodeNamesMatching(String labelSelector);

    /** Whether the node exists. */
    boolean nodeExists(String name);

    /** The Node object as {@code kubectl get node NAME -o yaml} prints it (without managedFields). */
    String nodeYaml(String name);

    /** The events about the node, oldest first. */
    List<ClusterEvent> nodeEvents(String name);

    /** The API server's readiness and the control-plane nodes. */
    ControlPlaneStatus controlPlane();

    /**
     * Marks the node unschedulable and records who and why ({@link CordonMark} annotations). Idempotent:
     * a node already cordoned is left as it is (and its annotations are kept) with ALREADY_CORDONED.
     */
    CordonResult cordon(String node, CordonRequest request);

    /** Makes the node schedulable again, within the scope; removes ironbook's cordon annotations. */
    CordonResult uncordon(String node, UncordonScope scope);

    /** What a drain would do now, without changing anything (the dry run). */
    DrainPlan planDrain(String node, DrainOptions options);

    /**
     * Drains the node with kubectl's semantics: cordon, filter, evict every pod in parallel (retrying
     * budget refusals under our own control), then wait for each pod to be gone or replaced.
     */
    DrainResult drain(String node, DrainOptions options, DrainListener listener);

    /** Waits until the node's Ready condition reaches {@code target}; throws TIMEOUT with what it saw last. */
    NodeSummary waitForReadiness(String node, NodeReadiness target, Duration timeout, WaitListener listener);

    /** Waits until the node reports a boot id other than {@code previousBootId} (it rebooted). */
    NodeSummary waitForBootIdChange(String node, String previousBootId, Duration timeout, WaitListener listener);

    /**
     * Takes the node's lease for {@code holder} in {@code namespace}: creates it, renews it if the holder
     * already has it, or takes over one that expired. When someone else holds a live lease, says who.
     */
    LeaseResult acquireLease(String namespace, String node, String holder, Duration duration);

    /** Renews a lease we hold; throws CONFLICT when it was lost (expired and taken over, or deleted). */
    NodeLease renewLease(NodeLease lease);

    /** Gives the lease back if it is still ours; false when it no longer was. */
    boolean releaseLease(NodeLease lease);

    /**
     * kured's reboot lock, when kured is installed ({@code kube-system/kured} DaemonSet) and its lock annotation
     * names a node; empty otherwise.
     */
    Optional<KuredLock> kuredLock();

    /** Starts a live store of every node (and its pod count); the caller closes it. */
    NodeStore watchNodes();

    /** Releases the HTTP clients. */
    @Override
    void close();
}
