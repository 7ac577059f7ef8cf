package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Pod;

/**
 * Flannel's {@code install-cni} init container: when a flannel pod starts on a node it writes
 * {@code /etc/cni/net.d/10-flannel.conflist} and the {@code flannel} binary into {@code /opt/cni/bin}.
 */
final class FlannelInstaller implements Kubelets.PodStarter {

    @Override
    public void started(LabNode node, Pod pod, java.time.Instant now) {
        if (pod.getMetadata().getName().startsWith("kube-flannel-ds-")) {
            node.os().installFlannel(now);
        }
    }
}
