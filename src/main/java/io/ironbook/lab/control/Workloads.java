package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetList;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentList;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetList;
import io.ironbook.lab.api.ApiStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The workload controllers and the scheduler: Deployments own ReplicaSets, ReplicaSets keep their
 * replica count (re-creating evicted pods on another node), DaemonSets keep one pod per node, and
 * pending pods are bound when a node fits.
 */
final class Workloads {
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private final ApiStore store;
    private final Random random = new Random(42);

    Workloads(ApiStore store) {
        this.store = store;
    }

    void reconcile(List<Pod> pods, List<Node> nodes, Instant now) {
        Map<String, Integer> load = new HashMap<>();
        for (Pod p : pods) {
            if (p.getSpec().getNodeName() != null && Scheduler.active(p)) {
                load.merge(p.getSpec().getNodeName(), 1, Integer::sum);
            }
        }
        deployments(now);
        for (ReplicaSet rs : store.list("/apis/apps/v1/replicasets", ReplicaSetList.class)) {
            replicaSet(rs, pods, nodes, load, now);
        }
        for (DaemonSet ds : store.list("/apis/apps/v1/daemonsets", DaemonSetList.class)) {
            daemonSet(ds, pods, nodes, now);
        }
        for (Pod p : pods) {
            if (p.getSpec().getNodeName() == null && Scheduler.active(p)) {
                bind(p, nodes, load, now);
            }
        }
    }

    private void deployments(Instant now) {
        List<ReplicaSet> sets = store.list("/apis/apps/v1/replicasets", ReplicaSetList.class);
        for (Deployment d : store.list("/apis/apps/v1/deployments", DeploymentList.class)) {
            ReplicaSet owned = sets.stream().filter(rs -> ownedBy(rs.getMetadata().getOwnerReferences(), d.getMetadata().getUid()))
                    .findFirst().orElse(null);
            int replicas = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
            String ns = d.getMetadata().getNamespace();
            if (owned == null) {
                String name = d.getMetadata().getName() + "-" + suffix(10);
                ReplicaSet rs = new ReplicaSetBuilder().withNewMetadata().withName(name).withNamespace(ns)
                        .withLabels(d.getSpec().getTemplate().getMetadata().getLabels())
                        .withCreationTimestamp(d.getMetadata().getCreationTimestamp())
                        .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(d.getMetadata().getName())
                        .withUid(d.getMetadata().getUid()).withController(true).withBlockOwnerDeletion(true).endOwnerReference()
                        .endMetadata()
                        .withNewSpec().withReplicas(replicas).withSelector(d.getSpec().getSelector()).withTemplate(d.getSpec().getTemplate())
                        .endSpec().build();
                store.create("/apis/apps/v1/namespaces/" + ns + "/replicasets/" + name, rs);
            } else if (owned.getSpec().getReplicas() != replicas) {
                store.update("/apis/apps/v1/namespaces/" + ns + "/replicasets/" + owned.getMetadata().getName(), ReplicaSet.class, rs -> {
                    rs.getSpec().setReplicas(replicas);
                    return rs;
                });
            }
            int ready = owned == null || owned.getStatus() == null || owned.getStatus().getReadyReplicas() == null ? 0
                    : owned.getStatus().getReadyReplicas();
            store.update("/apis/apps/v1/namespaces/" + ns + "/deployments/" + d.getMetadata().getName(), Deployment.class, dep -> {
                if (dep.getStatus() == null) {
                    dep.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatus());
                }
                dep.getStatus().setReplicas(replicas);
                dep.getStatus().setReadyReplicas(ready);
                dep.getStatus().setAvailableReplicas(ready);
                dep.getStatus().setUpdatedReplicas(replicas);
                dep.getStatus().setUnavailableReplicas(replicas - ready > 0 ? replicas - ready : null);
                dep.getStatus().setObservedGeneration(dep.getMetadata().getGeneration());
                return dep;
            });
        }
    }

    private void replicaSet(ReplicaSet rs, List<Pod> pods, List<Node> nodes, Map<String, Integer> load, Instant now) {
        String ns = rs.getMetadata().getNamespace();
        List<Pod> owned = new ArrayList<>();
        for (Pod p : pods) {
            if (Scheduler.active(p) && ownedBy(p.getMetadata().getOwnerReferences(), rs.getMetadata().getUid())) {
                owned.add(p);
            }
        }
        int replicas = rs.getSpec().getReplicas() == null ? 1 : rs.getSpec().getReplicas();
        for (int i = owned.size(); i < replicas; i++) {
            String name = rs.getMetadata().getName() + "-" + suffix(5);
            List<Toleration> tolerations = rs.getSpec().getTemplate().getSpec().getTolerations();
            Pod pod = Objects.pod(ns, name, rs.getSpec().getTemplate().getMetadata().getLabels(), "ReplicaSet", rs.getMetadata().getName(),
                    rs.getMetadata().getUid(), rs.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(), null, false,
                    tolerations, now, Map.of());
            pod.getSpec().setNodeSelector(rs.getSpec().getTemplate().getSpec().getNodeSelector());
            bindInto(pod, nodes, load, now);
            store.create(Objects.podPath(ns, name), pod);
        }
        for (int i = replicas; i < owned.size(); i++) {
            Pod extra = owned.get(i);
            store.update(Objects.podPath(ns, extra.getMetadata().getName()), Pod.class, p -> {
                p.getMetadata().setDeletionTimestamp(Conditions.time(now));
                p.getMetadata().setDeletionGracePeriodSeconds(30L);
                return p;
            });
        }
        int ready = (int) owned.stream().filter(Kubelets::isReady).count();
        store.update("/apis/apps/v1/namespaces/" + ns + "/replicasets/" + rs.getMetadata().getName(), ReplicaSet.class, r -> {
            if (r.getStatus() == null) {
                r.setStatus(new io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus());
            }
            r.getStatus().setReplicas(Math.min(owned.size(), replicas));
            r.getStatus().setReadyReplicas(ready);
            r.getStatus().setAvailableReplicas(ready);
            r.getStatus().setFullyLabeledReplicas(Math.min(owned.size(), replicas));
            return r;
        });
    }

    private void daemonSet(DaemonSet ds, List<Pod> pods, List<Node> nodes, Instant now) {
        String ns = ds.getMetadata().getNamespace();
        int current = 0;
        int ready = 0;
        // The daemon's first active pod on each node, found in one pass: a scan of every pod per node made a
        // reconcile of a 5,000-node lab take seconds.
        Map<String, Pod> onNode = new HashMap<>();
        for (Pod p : pods) {
            if (Scheduler.active(p) && p.getSpec().getNodeName() != null
                    && ownedBy(p.getMetadata().getOwnerReferences(), ds.getMetadata().getUid())) {
                onNode.putIfAbsent(p.getSpec().getNodeName(), p);
            }
        }
        for (Node node : nodes) {
            String nodeName = node.getMetadata().getName();
            Pod existing = onNode.get(nodeName);
            if (existing == null) {
                String name = ds.getMetadata().getName() + "-" + suffix(5);
                store.create(Objects.podPath(ns, name), Objects.pod(ns, name, ds.getSpec().getTemplate().getMetadata().getLabels(),
                        "DaemonSet", ds.getMetadata().getName(), ds.getMetadata().getUid(),
                        ds.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(), nodeName, true,
                        Objects.daemonTolerations(), now, Map.of()));
            } else {
                current++;
                ready += Kubelets.isReady(existing) ? 1 : 0;
            }
        }
        int desired = nodes.size();
        int currentFinal = current;
        int readyFinal = ready;
        store.update("/apis/apps/v1/namespaces/" + ns + "/daemonsets/" + ds.getMetadata().getName(), DaemonSet.class, d -> {
            if (d.getStatus() == null) {
                d.setStatus(new io.fabric8.kubernetes.api.model.apps.DaemonSetStatus());
            }
            d.getStatus().setDesiredNumberScheduled(desired);
            d.getStatus().setCurrentNumberScheduled(currentFinal);
            d.getStatus().setNumberReady(readyFinal);
            d.getStatus().setNumberAvailable(readyFinal);
            d.getStatus().setUpdatedNumberScheduled(currentFinal);
            d.getStatus().setNumberMisscheduled(0);
            d.getStatus().setNumberUnavailable(desired - readyFinal > 0 ? desired - readyFinal : null);
            return d;
        });
    }

    private void bind(Pod pending, List<Node> nodes, Map<String, Integer> load, Instant now) {
        Pod copy = pending;
        bindInto(copy, nodes, load, now);
        if (copy.getSpec().getNodeName() != null) {
            String node = copy.getSpec().getNodeName();
            store.update(Objects.podPath(pending.getMetadata().getNamespace(), pending.getMetadata().getName()), Pod.class, p -> {
                p.getSpec().setNodeName(node);
                p.getStatus().setConditions(List.of(scheduled(true, null, now)));
                return p;
            });
        }
    }

    private static void bindInto(Pod pod, List<Node> nodes, Map<String, Integer> load, Instant now) {
        List<Toleration> tolerations = pod.getSpec().getTolerations() == null ? List.of() : pod.getSpec().getTolerations();
        Map<String, String> selector = pod.getSpec().getNodeSelector() == null ? Map.of() : pod.getSpec().getNodeSelector();
        var picked = Scheduler.pick(tolerations, selector, nodes, load);
        if (picked.isPresent()) {
            pod.getSpec().setNodeName(picked.get());
            load.merge(picked.get(), 1, Integer::sum);
            pod.getStatus().setConditions(List.of(scheduled(true, null, now)));
        } else {
            pod.getStatus().setConditions(List.of(scheduled(false, Scheduler.unschedulableMessage(nodes), now)));
        }
    }

    private static PodCondition scheduled(boolean ok, String message, Instant now) {
        PodCondition c = new PodCondition();
        c.setType("PodScheduled");
        c.setStatus(ok ? "True" : "False");
        c.setReason(ok ? null : "Unschedulable");
        c.setMessage(message);
        c.setLastTransitionTime(Conditions.time(now));
        return c;
    }

    static boolean ownedBy(List<OwnerReference> refs, String uid) {
        return refs != null && refs.stream().anyMatch(r -> uid != null && uid.equals(r.getUid()));
    }

    private String suffix(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
