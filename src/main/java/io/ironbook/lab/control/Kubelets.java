package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.ironbook.lab.api.ApiStore;
import io.ironbook.lab.node.NodeHealth;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API side of each simulated kubelet: renews its Lease every ten seconds, posts Node status when
 * it changes (and every minute), reports its pods' status, and confirms graceful pod deletions; all of
 * it only while the node's kubelet runs and reaches the API.
 */
final class Kubelets {
    static final Duration RENEW = Duration.ofSeconds(10);
    static final Duration REPORT = Duration.ofSeconds(60);
    static final Duration POD_START = Duration.ofSeconds(2);
    private final ApiStore store;
    private final Map<String, NodeMemory> memory;

    Kubelets(ApiStore store, Map<String, NodeMemory> memory) {
        this.store = store;
        this.memory = memory;
    }

    /** One kubelet's heartbeat; returns true when it posted a status change. */
    boolean heartbeat(LabNode node, NodeHealth health, Instant now) {
        NodeMemory mem = memory.get(node.name());
        if (!health.heartbeating()) {
            return false;
        }
        if (mem.lastRenew == null || !now.isBefore(mem.lastRenew.plus(RENEW))) {
            ZonedDateTime renew = ZonedDateTime.ofInstant(now, ZoneOffset.UTC);
            if (store.update(Objects.leasePath(node.name()), Lease.class, l -> {
                l.getSpec().setRenewTime(renew);
                return l;
            }).isEmpty()) {
                store.create(Objects.leasePath(node.name()), Objects.lease(node.name(), now));
            }
            mem.lastRenew = now;
        }
        String signature = health.networkReady() + "/" + health.diskPressure() + "/" + health.bootId() + "/" + health.notReadyReason();
        boolean changed = !signature.equals(mem.lastSignature) || mem.unknown;
        if (!changed && now.isBefore(mem.lastStatusPost.plus(REPORT))) {
            return false;
        }
        if (store.update(Objects.nodePath(node.name()), Node.class, n -> {
            n.getStatus().setConditions(Conditions.posted(health, now, n.getStatus().getConditions()));
            n.getStatus().getNodeInfo().setBootID(health.bootId());
            Taints.sync(n, now);
            return n;
        }).isEmpty()) {
            store.create(Objects.nodePath(node.name()), Objects.node(node, health, now, now));
        }
        mem.lastSignature = signature;
        mem.lastStatusPost = now;
        mem.unknown = false;
        return changed;
    }

    /** Reports the pods bound to a heartbeating node and finishes their graceful deletions. */
    void syncPods(LabNode node, NodeHealth health, List<Pod> pods, Instant now, PodStarter starter) {
        if (!health.heartbeating()) {
            return;
        }
        for (Pod pod : pods) {
            String path = Objects.podPath(pod.getMetadata().getNamespace(), pod.getMetadata().getName());
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                Instant deleting = Instant.parse(pod.getMetadata().getDeletionTimestamp());
                long grace = pod.getMetadata().getDeletionGracePeriodSeconds() == null ? 30 : pod.getMetadata().getDeletionGracePeriodSeconds();
                if (!now.isBefore(deleting.plus(Duration.ofSeconds(Math.min(grace, 2))))) {
                    store.delete(path);
                    node.os().kubeletInfo(now, "kubelet.go:2423", "\"SyncLoop DELETE\" source=\"api\" pods=[\"" + key(pod) + "\"]");
                    node.os().kubeletInfo(now, "kubelet.go:2417", "\"SyncLoop REMOVE\" source=\"api\" pods=[\"" + key(pod) + "\"]");
                }
                continue;
            }
            boolean hostNetwork = Boolean.TRUE.equals(pod.getSpec().getHostNetwork());
            boolean canRun = health.podsCanRun() || hostNetwork;
            boolean running = "Running".equals(pod.getStatus().getPhase());
            boolean ready = running && isReady(pod);
            Instant created = Instant.parse(pod.getMetadata().getCreationTimestamp());
            if (canRun && (!running || !ready) && !now.isBefore(created.plus(POD_START))) {
                boolean wasRunning = running;
                store.update(path, Pod.class, p -> {
                    setRunning(p, node, true, now);
                    return p;
                });
                if (!wasRunning) {
                    starter.started(node, pod, now);
                    node.os().kubeletInfo(now, "kubelet.go:2407", "\"SyncLoop ADD\" source=\"api\" pods=[\"" + key(pod) + "\"]");
                }
            } else if (!canRun && ready) {
                store.update(path, Pod.class, p -> {
                    setRunning(p, node, false, now);
                    return p;
                });
            } else if (!canRun && !running && pod.getStatus().getContainerStatuses().isEmpty()) {
                store.update(path, Pod.class, p -> {
                    waiting(p, node, now);
                    return p;
                });
            }
        }
    }

    private static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    /** Told when a pod on a node starts (flannel's init container installs the CNI config then). */
    interface PodStarter {
        void started(LabNode node, Pod pod, Instant now);
    }

    static boolean isReady(Pod pod) {
        return pod.getStatus().getConditions().stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static void setRunning(Pod p, LabNode node, boolean ready, Instant now) {
        String t = Conditions.time(now);
        var status = p.getStatus();
        String started = status.getStartTime() != null ? status.getStartTime() : t;
        status.setPhase("Running");
        status.setStartTime(started);
        status.setHostIP(node.ip());
        if (status.getPodIP() == null) {
            String ip = Boolean.TRUE.equals(p.getSpec().getHostNetwork()) ? node.ip()
                    : "10.244." + node.index() + "." + (2 + Math.floorMod(p.getMetadata().getName().hashCode(), 250));
            status.setPodIP(ip);
        }
        String container = p.getSpec().getContainers().get(0).getName();
        ContainerStatus cs = new ContainerStatusBuilder().withName(container).withImage(p.getSpec().getContainers().get(0).getImage())
                .withImageID("").withContainerID("containerd://" + Integer.toHexString(p.getMetadata().getName().hashCode()) + "0c1e2f")
                .withReady(ready).withStarted(true).withRestartCount(status.getContainerStatuses().isEmpty() ? 0
                        : status.getContainerStatuses().get(0).getRestartCount())
                .withNewState().withNewRunning().withStartedAt(started).endRunning().endState().build();
        status.setContainerStatuses(List.of(cs));
        status.setConditions(podConditions(ready, t, status.getConditions()));
    }

    private static void waiting(Pod p, LabNode node, Instant now) {
        String t = Conditions.time(now);
        var status = p.getStatus();
        status.setHostIP(node.ip());
        String container = p.getSpec().getContainers().get(0).getName();
        status.setContainerStatuses(List.of(new ContainerStatusBuilder().withName(container).withImage(p.getSpec().getContainers().get(0).getImage())
                .withImageID("").withReady(false).withStarted(false).withRestartCount(0)
                .withNewState().withNewWaiting().withReason("ContainerCreating").endWaiting().endState().build()));
        status.setConditions(podConditions(false, t, status.getConditions()));
    }

    static List<PodCondition> podConditions(boolean ready, String t, List<PodCondition> previous) {
        List<PodCondition> list = new ArrayList<>();
        for (String type : List.of("PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled")) {
            boolean status = ready || type.equals("Initialized") || type.equals("PodScheduled");
            PodCondition old = previous.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
            PodCondition c = new PodCondition();
            c.setType(type);
            c.setStatus(status ? "True" : "False");
            c.setLastTransitionTime(old != null && c.getStatus().equals(old.getStatus()) ? old.getLastTransitionTime() : t);
            list.add(c);
        }
        return list;
    }

    /** The node lifecycle controller marks the pods of an unreachable node not ready. */
    void markNotReady(Pod pod, Instant now) {
        if (!isReady(pod)) {
            return;
        }
        store.update(Objects.podPath(pod.getMetadata().getNamespace(), pod.getMetadata().getName()), Pod.class, p -> {
            p.getStatus().setConditions(podConditions(false, Conditions.time(now), p.getStatus().getConditions()));
            p.getStatus().getContainerStatuses().forEach(cs -> cs.setReady(false));
            return p;
        });
    }
}
