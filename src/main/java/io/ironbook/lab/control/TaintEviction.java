package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Taint-based eviction: pods on a node tainted {@code unreachable} or {@code not-ready} with effect
 * NoExecute for longer than the default toleration (300 s) are deleted, unless they tolerate every taint
 * (DaemonSet and static pods). Their controllers re-create them elsewhere; on a dead node they stay
 * {@code Terminating}.
 */
final class TaintEviction {
    static final Duration TOLERATION = Duration.ofSeconds(300);

    private TaintEviction() {
    }

    static void evict(io.ironbook.lab.api.ApiStore store, List<Node> nodes, List<Pod> pods, Instant now) {
        for (Node node : nodes) {
            List<Taint> taints = node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
            boolean expired = taints.stream().anyMatch(t -> "NoExecute".equals(t.getEffect())
                    && (Taints.UNREACHABLE.equals(t.getKey()) || Taints.NOT_READY.equals(t.getKey()))
                    && t.getTimeAdded() != null && !now.isBefore(Instant.parse(t.getTimeAdded()).plus(TOLERATION)));
            if (!expired) {
                continue;
            }
            for (Pod pod : pods) {
                boolean tolerant = pod.getSpec().getTolerations() != null && pod.getSpec().getTolerations().stream()
                        .anyMatch(t -> "Exists".equals(t.getOperator()) && t.getKey() == null);
                if (node.getMetadata().getName().equals(pod.getSpec().getNodeName()) && Scheduler.active(pod) && !tolerant) {
                    store.update(Objects.podPath(pod.getMetadata().getNamespace(), pod.getMetadata().getName()), Pod.class, p -> {
                        p.getMetadata().setDeletionTimestamp(Conditions.time(now));
                        p.getMetadata().setDeletionGracePeriodSeconds(30L);
                        return p;
                    });
                }
            }
        }
    }
}
