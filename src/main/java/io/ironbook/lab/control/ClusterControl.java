package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.ironbook.lab.api.ApiStore;
import io.ironbook.lab.node.NodeHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control side of the lab, driven by one thread: the kubelets' heartbeats and pod reports, the
 * node lifecycle controller, the workload controllers, the scheduler and the disruption controller.
 */
public final class ClusterControl {
    private static final Duration RECONCILE = Duration.ofSeconds(2);
    private final ApiStore store;
    private final List<LabNode> nodes;
    private final Map<String, NodeMemory> memory = new LinkedHashMap<>();
    private final Kubelets kubelets;
    private final NodeLifecycle lifecycle;
    private final Workloads workloads;
    private final Disruptions disruptions;
    private final FlannelInstaller flannel = new FlannelInstaller();
    private Instant lastReconcile = Instant.EPOCH;
    private boolean dirty = true;

    public ClusterControl(ApiStore store, List<LabNode> nodes) {
        this.store = store;
        this.nodes = List.copyOf(nodes);
        for (LabNode n : nodes) {
            memory.put(n.name(), new NodeMemory());
        }
        this.kubelets = new Kubelets(store, memory);
        this.lifecycle = new NodeLifecycle(store, memory);
        this.workloads = new Workloads(store);
        this.disruptions = new Disruptions(store);
    }

    /** Loads and primes the model classes and their JSON mapping, so that seeding does not pay for it. */
    public static void warmUp() {
        Instant now = Instant.now();
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal(io.fabric8.kubernetes.client.utils.Serialization.asJson(
                Objects.pod("default", "warm-up", Map.of("app", "warm-up"), "ReplicaSet", "warm-up", "uid", "image", "node", false,
                        Objects.daemonTolerations(), now, Map.of())), Pod.class);
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal(io.fabric8.kubernetes.client.utils.Serialization.asJson(
                Objects.lease("warm-up", now)), io.fabric8.kubernetes.api.model.coordination.v1.Lease.class);
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal("{\"apiVersion\":\"v1\",\"kind\":\"NodeList\",\"items\":[]}", NodeList.class);
        for (Class<?> list : List.of(PodList.class, io.fabric8.kubernetes.api.model.apps.DaemonSetList.class,
                io.fabric8.kubernetes.api.model.apps.DeploymentList.class, io.fabric8.kubernetes.api.model.apps.ReplicaSetList.class,
                io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetList.class)) {
            io.fabric8.kubernetes.client.utils.Serialization.unmarshal("{\"items\":[{\"metadata\":{\"name\":\"w\"},\"spec\":{},\"status\":{}}]}", list);
        }
    }

    /** Registers the nodes (created at {@code created}) and the cluster's workloads, all running at {@code now}. */
    public void seed(Instant created, Instant now) {
        for (LabNode n : nodes) {
            NodeHealth health = n.os().health();
            store.create(Objects.nodePath(n.name()), Objects.node(n, health, created, now));
            store.create(Objects.leasePath(n.name()), Objects.lease(n.name(), now));
            NodeMemory mem = memory.get(n.name());
            mem.created = created;
            mem.lastRenew = now;
        }
        Seeder.seed(store, nodes, created);
        flannel.installSince(now);
        List<Node> apiNodes = store.list("/api/v1/nodes", NodeList.class);
        workloads.reconcile(List.of(), apiNodes, created);
    }

    /** Makes the control plane believe it last heard from a node at {@code when} (scenarios at start). */
    public void lastHeard(String node, Instant when) {
        memory.get(node).lastRenew = when;
    }

    /** Something changed outside the loop (an API client, a scenario): reconcile on the next tick. */
    public void markDirty() {
        dirty = true;
    }

    /** One pass of every controller at simulated time {@code now}. */
    public void tick(Instant now) {
        Map<String, NodeHealth> health = new HashMap<>();
        for (LabNode n : nodes) {
            NodeHealth h = n.os().health();
            health.put(n.name(), h);
            dirty |= kubelets.heartbeat(n, h, now);
        }
        dirty |= lifecycle.check(now);
        if (!dirty && now.isBefore(lastReconcile.plus(RECONCILE))) {
            return;
        }
        dirty = false;
        lastReconcile = now;
        List<Pod> pods = store.list("/api/v1/pods", PodList.class);
        Map<String, List<Pod>> byNode = new HashMap<>();
        for (Pod p : pods) {
            if (p.getSpec().getNodeName() != null) {
                byNode.computeIfAbsent(p.getSpec().getNodeName(), k -> new ArrayList<>()).add(p);
            } else if (p.getMetadata().getDeletionTimestamp() != null) {
                store.delete(Objects.podPath(p.getMetadata().getNamespace(), p.getMetadata().getName()));
            }
        }
        for (LabNode n : nodes) {
            List<Pod> mine = byNode.getOrDefault(n.name(), List.of());
            if (memory.get(n.name()).unknown) {
                mine.forEach(p -> kubelets.markNotReady(p, now));
            } else {
                kubelets.syncPods(n, health.get(n.name()), mine, now, flannel);
            }
        }
        List<Node> apiNodes = store.list("/api/v1/nodes", NodeList.class);
        for (Node node : apiNodes) {
            lifecycle.syncTaints(node.getMetadata().getName(), now);
        }
        apiNodes = store.list("/api/v1/nodes", NodeList.class);
        TaintEviction.evict(store, apiNodes, pods, now);
        pods = store.list("/api/v1/pods", PodList.class);
        workloads.reconcile(pods, apiNodes, now);
        disruptions.update(pods, now);
    }
}
