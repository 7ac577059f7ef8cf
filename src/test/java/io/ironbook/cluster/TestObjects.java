package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Node, pod and budget objects shaped like a kubeadm cluster's, for tests. */
public final class TestObjects {

    private TestObjects() {
    }

    public static String ago(long seconds) {
        return Instant.now().minusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A Ready worker with a recent heartbeat. */
    public static NodeBuilder node(String name) {
        return new NodeBuilder()
                .withNewMetadata().withName(name).withCreationTimestamp(ago(86_400 * 3))
                .withLabels(Map.of("kubernetes.io/hostname", name)).endMetadata()
                .withNewSpec().endSpec()
                .withNewStatus()
                .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady")
                .withMessage("kubelet is posting ready status").withLastHeartbeatTime(ago(10)).endCondition()
                .addNewCondition().withType("MemoryPressure").withStatus("False").withReason("KubeletHasSufficientMemory")
                .endCondition()
                .addNewCondition().withType("DiskPressure").withStatus("False").withReason("KubeletHasNoDiskPressure")
                .endCondition()
                .addNewAddress().withType("InternalIP").withAddress("10.0.0.11").endAddress()
                .addNewAddress().withType("Hostname").withAddress(name).endAddress()
                .withNewNodeInfo().withKubeletVersion("v1.30.4").withBootID("boot-1").endNodeInfo()
                .endStatus();
    }

    public static Node readyNode(String name) {
        return node(name).build();
    }

    /** A pod bound to the node, owned by a ReplicaSet. */
    public static PodBuilder pod(String namespace, String name, String node) {
        return new PodBuilder()
                .withNewMetadata().withNamespace(namespace).withName(name).withUid(UUID.randomUUID().toString())
                .withLabels(Map.of("app", name.replaceAll("-[^-]*$", ""))).addNewOwnerReference().withApiVersion("apps/v1")
                .withKind("ReplicaSet").withName(name.replaceAll("-[^-]*$", "")).withUid("rs-uid").withController(true)
                .endOwnerReference().endMetadata()
                .withNewSpec().withNodeName(node).withTerminationGracePeriodSeconds(0L).addNewContainer().withName("c")
                .withImage("registry.k8s.io/pause:3.9").endContainer().endSpec()
                .withNewStatus().withPhase("Running").endStatus();
    }

    public static Pod ordinaryPod(String namespace, String name, String node) {
        return pod(namespace, name, node).build();
    }

    public static Pod daemonSetPod(String name, String node) {
        return pod("kube-system", name, node).editMetadata().withOwnerReferences().addNewOwnerReference()
                .withApiVersion("apps/v1").withKind("DaemonSet").withName("kube-proxy").withUid("ds-uid")
                .withController(true).endOwnerReference().endMetadata().build();
    }

    public static Pod mirrorPod(String name, String node) {
        return pod("kube-system", name, node).editMetadata().withOwnerReferences().addNewOwnerReference()
                .withApiVersion("v1").withKind("Node").withName(node).withUid("node-uid").withController(true)
                .endOwnerReference().withAnnotations(Map.of("kubernetes.io/config.mirror", "abc123")).endMetadata().build();
    }

    public static Pod emptyDirPod(String namespace, String name, String node) {
        return pod(namespace, name, node).editSpec().addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir()
                .endVolume().endSpec().build();
    }

    public static Pod unmanagedPod(String namespace, String name, String node) {
        return pod(namespace, name, node).editMetadata().withOwnerReferences().endMetadata().build();
    }

    public static PodDisruptionBudget budget(String namespace, String name, String app, int allowed) {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withNamespace(namespace).withName(name).endMetadata()
                .withNewSpec().withNewSelector().withMatchLabels(Map.of("app", app)).endSelector().endSpec()
                .withNewStatus().withDisruptionsAllowed(allowed).withCurrentHealthy(2).withDesiredHealthy(2)
                .withExpectedPods(2).endStatus().build();
    }
}
