package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.ironbook.lab.api.ApiStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The objects a freshly built kubeadm cluster with flannel holds: namespaces, the kube-proxy and
 * flannel DaemonSets, CoreDNS, two applications (web with a budget of one unavailable pod, postgres
 * pinned to the last worker with a budget that blocks its eviction), and the control planes' static pods.
 */
final class Seeder {

    private Seeder() {
    }

    static void seed(ApiStore store, List<LabNode> nodes, Instant created) {
        for (String ns : List.of("default", "kube-system", "kube-public", "kube-node-lease", "kube-flannel")) {
            store.create("/api/v1/namespaces/" + ns, new NamespaceBuilder().withNewMetadata().withName(ns)
                    .withCreationTimestamp(Conditions.time(created)).addToLabels("kubernetes.io/metadata.name", ns).endMetadata()
                    .withNewStatus().withPhase("Active").endStatus().build());
        }
        daemonSet(store, "kube-system", "kube-proxy", Map.of("k8s-app", "kube-proxy"), "registry.k8s.io/kube-proxy:v1.30.4", created);
        daemonSet(store, "kube-flannel", "kube-flannel-ds", Map.of("app", "flannel", "tier", "node"), "docker.io/flannel/flannel:v0.25.6", created);
        List<Toleration> coreDns = List.of(
                new TolerationBuilder().withKey("CriticalAddonsOnly").withOperator("Exists").build(),
                new TolerationBuilder().withKey("node-role.kubernetes.io/control-plane").withEffect("NoSchedule").build());
        deployment(store, "kube-system", "coredns", Map.of("k8s-app", "kube-dns"), 2, "registry.k8s.io/coredns/coredns:v1.11.1", coreDns,
                Map.of(), created);
        deployment(store, "default", "web", Map.of("app", "web"), 3, "docker.io/library/nginx:1.27", List.of(), Map.of(), created);
        // the database lives on the last worker's local disk, as bare-metal databases do: draining that node blocks on its budget
        Map<String, String> localDisk = nodes.stream().filter(node -> !node.controlPlane()).reduce((first, second) -> second)
                .map(node -> Map.of("kubernetes.io/hostname", node.name())).orElse(Map.of());
        deployment(store, "default", "postgres", Map.of("app", "postgres"), 1, "docker.io/library/postgres:16", List.of(), localDisk,
                created);
        store.create("/apis/policy/v1/namespaces/default/poddisruptionbudgets/web", new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("web").withNamespace("default").withCreationTimestamp(Conditions.time(created)).endMetadata()
                .withNewSpec().withMaxUnavailable(new IntOrString(1)).withNewSelector().addToMatchLabels("app", "web").endSelector().endSpec()
                .build());
        store.create("/apis/policy/v1/namespaces/default/poddisruptionbudgets/postgres", new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("postgres").withNamespace("default").withCreationTimestamp(Conditions.time(created)).endMetadata()
                .withNewSpec().withMinAvailable(new IntOrString(1)).withNewSelector().addToMatchLabels("app", "postgres").endSelector().endSpec()
                .build());
        for (LabNode node : nodes) {
            if (node.controlPlane()) {
                staticPods(store, node, created);
            }
        }
    }

    static void staticPods(ApiStore store, LabNode node, Instant created) {
        Map<String, String> images = Map.of("etcd", "registry.k8s.io/etcd:3.5.15-0", "kube-apiserver", "registry.k8s.io/kube-apiserver:v1.30.4",
                "kube-controller-manager", "registry.k8s.io/kube-controller-manager:v1.30.4",
                "kube-scheduler", "registry.k8s.io/kube-scheduler:v1.30.4", "kube-vip", "ghcr.io/kube-vip/kube-vip:v0.8.3");
        images.forEach((component, image) -> {
            String name = component + "-" + node.name();
            store.create(Objects.podPath("kube-system", name), Objects.pod("kube-system", name,
                    Map.of("component", component, "tier", "control-plane"), "Node", node.name(), node.name(), image, node.name(), true,
                    Objects.daemonTolerations(), created, Map.of("kubernetes.io/config.mirror", Integer.toHexString(name.hashCode()),
                            "kubernetes.io/config.source", "file", "kubernetes.io/config.hash", Integer.toHexString(name.hashCode()))));
        });
    }

    private static void daemonSet(ApiStore store, String ns, String name, Map<String, String> labels, String image, Instant created) {
        store.create("/apis/apps/v1/namespaces/" + ns + "/daemonsets/" + name, new DaemonSetBuilder()
                .withNewMetadata().withName(name).withNamespace(ns).withLabels(labels).withGeneration(1L)
                .withCreationTimestamp(Conditions.time(created)).endMetadata()
                .withNewSpec().withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().withHostNetwork(true).withTolerations(Objects.daemonTolerations())
                .addNewContainer().withName(name.replace("-ds", "")).withImage(image).endContainer().endSpec().endTemplate()
                .endSpec().build());
    }

    private static void deployment(ApiStore store, String ns, String name, Map<String, String> labels, int replicas, String image,
            List<Toleration> tolerations, Map<String, String> nodeSelector, Instant created) {
        store.create("/apis/apps/v1/namespaces/" + ns + "/deployments/" + name, new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(ns).withLabels(labels).withGeneration(1L)
                .withCreationTimestamp(Conditions.time(created)).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().withTolerations(tolerations).withNodeSelector(nodeSelector.isEmpty() ? null : nodeSelector)
                .addNewContainer().withName(name).withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build());
    }
}
