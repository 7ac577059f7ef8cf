package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.ironbook.lab.node.NodeHealth;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of the API objects the lab's kubelets register: Nodes, Leases, Pods. */
final class Objects {
    static final String LEASE_NS = "kube-node-lease";

    private Objects() {
    }

    static String nodePath(String name) {
        return "/api/v1/nodes/" + name;
    }

    static String leasePath(String name) {
        return "/apis/coordination.k8s.io/v1/namespaces/" + LEASE_NS + "/leases/" + name;
    }

    static String podPath(String namespace, String name) {
        return "/api/v1/namespaces/" + namespace + "/pods/" + name;
    }

    static Node node(LabNode n, NodeHealth health, Instant created, Instant now) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("beta.kubernetes.io/arch", "amd64");
        labels.put("beta.kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("kubernetes.io/hostname", n.name());
        labels.put("kubernetes.io/os", "linux");
        if (n.controlPlane()) {
            labels.put("node-role.kubernetes.io/control-plane", "");
            labels.put("node.kubernetes.io/exclude-from-external-load-balancers", "");
        }
        List<Taint> taints = n.controlPlane() ? List.of(new Taint("NoSchedule", "node-role.kubernetes.io/control-plane", null, null)) : List.of();
        return new NodeBuilder()
                .withNewMetadata().withName(n.name()).withLabels(labels)
                .addToAnnotations("kubeadm.alpha.kubernetes.io/cri-socket", "unix:///var/run/containerd/containerd.sock")
                .addToAnnotations("node.alpha.kubernetes.io/ttl", "0")
                .addToAnnotations("flannel.alpha.coreos.com/public-ip", n.ip())
                .addToAnnotations("volumes.kubernetes.io/controller-managed-attach-detach", "true")
                .withCreationTimestamp(Conditions.time(created)).endMetadata()
                .withNewSpec().withPodCIDR(n.podCidr()).withPodCIDRs(n.podCidr()).withTaints(taints).endSpec()
                .withNewStatus()
                .addNewAddress().withType("InternalIP").withAddress(n.ip()).endAddress()
                .addNewAddress().withType("Hostname").withAddress(n.name()).endAddress()
                .withCapacity(resources("8", "32790856Ki", "205314024Ki"))
                .withAllocatable(resources("8", "32688456Ki", "189217976659"))
                .withConditions(Conditions.posted(health, now, List.of()))
                .withNewDaemonEndpoints().withNewKubeletEndpoint().withPort(10250).endKubeletEndpoint().endDaemonEndpoints()
                .withNewNodeInfo().withArchitecture("amd64").withBootID(health.bootId()).withContainerRuntimeVersion("containerd://1.6.20")
                .withKernelVersion("6.1.0-26-amd64").withKubeProxyVersion("v1.30.4").withKubeletVersion("v1.30.4")
                .withMachineID(n.machineId()).withOperatingSystem("linux").withOsImage("Debian GNU/Linux 12 (bookworm)")
                .withSystemUUID(n.machineId()).endNodeInfo()
                .endStatus().build();
    }

    private static Map<String, Quantity> resources(String cpu, String memory, String storage) {
        Map<String, Quantity> r = new LinkedHashMap<>();
        r.put("cpu", new Quantity(cpu));
        r.put("ephemeral-storage", new Quantity(storage));
        r.put("hugepages-1Gi", new Quantity("0"));
        r.put("hugepages-2Mi", new Quantity("0"));
        r.put("memory", new Quantity(memory));
        r.put("pods", new Quantity("110"));
        return r;
    }

    static Lease lease(String node, Instant renew) {
        return new LeaseBuilder().withNewMetadata().withName(node).withNamespace(LEASE_NS)
                .addNewOwnerReference().withApiVersion("v1").withKind("Node").withName(node).withUid(node).endOwnerReference()
                .withCreationTimestamp(Conditions.time(renew)).endMetadata()
                .withNewSpec().withHolderIdentity(node).withLeaseDurationSeconds(40).withRenewTime(ZonedDateTime.ofInstant(renew, ZoneOffset.UTC)).endSpec().build();
    }

    static List<Toleration> daemonTolerations() {
        return List.of(new TolerationBuilder().withOperator("Exists").build());
    }

    /** A pod as its controller creates it: bound (or not) to a node, not yet started. */
    static Pod pod(String namespace, String name, Map<String, String> labels, String ownerKind, String ownerName, String ownerUid,
            String image, String node, boolean hostNetwork, List<Toleration> tolerations, Instant created, Map<String, String> annotations) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
                .withAnnotations(annotations).withCreationTimestamp(Conditions.time(created)).endMetadata();
        if (ownerKind != null) {
            b.editMetadata().addNewOwnerReference().withApiVersion(ownerKind.equals("Node") ? "v1" : "apps/v1").withKind(ownerKind)
                    .withName(ownerName).withUid(ownerUid).withController(true).withBlockOwnerDeletion(true).endOwnerReference().endMetadata();
        }
        return b.withNewSpec().withNodeName(node).withHostNetwork(hostNetwork).withTolerations(tolerations)
                .withTerminationGracePeriodSeconds(30L).withRestartPolicy("Always").withSchedulerName("default-scheduler")
                .addNewContainer().withName(name.replaceAll("-[a-z0-9]{5}$", "").replaceAll("-[a-z0-9]{8,10}$", "")).withImage(image).endContainer()
                .endSpec()
                .withNewStatus().withPhase("Pending").withQosClass("BestEffort").endStatus().build();
    }
}
