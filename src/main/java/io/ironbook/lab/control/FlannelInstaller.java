package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;

/**
 * Flannel's {@code install-cni} init container: when a flannel pod starts on a node it writes
 * {@code /etc/cni/net.d/10-flannel.conflist} and the {@code flannel} binary into {@code /opt/cni/bin}.
 */
final class FlannelInstaller implements Kubelets.PodStarter {
    private volatile Instant since = Instant.MAX;

    /** Pods created before this instant belong to the seeded cluster; their install step is long done. */
    void installSince(Instant instant) {
        since = instant;
    }

    @Override
    public void started(LabNode node, Pod pod, Instant now) {
        Instant created = Instant.parse(pod.getMetadata().getCreationTimestamp());
        if (pod.getMetadata().getName().startsWith("kube-flannel-ds-") && !created.isBefore(since)) {
            node.os().installFlannel(now);
        }
    }
}
