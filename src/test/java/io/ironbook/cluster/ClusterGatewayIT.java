package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Node;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterGatewayIT extends ApiServerTestBase {
    static ConnectionSettings settings(Path kubeconfig) {
        return new ConnectionSettings(Optional.of(kubeconfig), Optional.empty(), Optional.empty(), kubeconfig.getParent());
    }

    @Test
    void listsNodesSortedWithStatusAndReasons() {
        admin.nodes().resource(TestObjects.readyNode("worker-2")).create();
        admin.nodes().resource(TestObjects.node("worker-1").editStatus().editFirstCondition().withStatus("Unknown")
                .withReason("NodeStatusUnknown").withMessage("Kubelet stopped posting node status.").endCondition()
                .endStatus().build()).create();

        assertThat(gateway.nodes()).extracting(NodeSummary::name).containsExactly("worker-1", "worker-2");
        NodeSummary lost = gateway.nodes().get(0);
        assertThat(lost.readiness()).isEqualTo(NodeReadiness.UNKNOWN);
        assertThat(lost.reasonText()).isEqualTo("NodeStatusUnknown: Kubelet stopped posting node status.");
        assertThat(lost.podCount()).isEmpty();
    }

    @Test
    void countsOnlyThePodsOfTheNodeByFieldSelector() {
        admin.nodes().resource(TestObjects.readyNode("worker-1")).create();
        admin.nodes().resource(TestObjects.readyNode("worker-2")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-1", "worker-1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-2", "worker-1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-3", "worker-2")).create();
        admin.pods().resource(TestObjects.pod("default", "job-1", "worker-1").editStatus().withPhase("Succeeded")
                .endStatus().build()).create();

        assertThat(gateway.node("worker-1").orElseThrow().podCount()).hasValue(2);
        assertThat(gateway.nodesWithPodCounts()).extracting(node -> node.podCount().getAsInt()).containsExactly(2, 1);
        assertThat(gateway.node("nope")).isEmpty();
        assertThat(gateway.nodeExists("worker-2")).isTrue();
    }

    @Test
    void nodeYamlAndEventsForTheEvidenceBundle() {
        admin.nodes().resource(TestObjects.readyNode("worker-1")).create();
        admin.v1().events().inNamespace("default").resource(new EventBuilder().withNewMetadata().withName("e1")
                .withNamespace("default").endMetadata().withNewInvolvedObject().withKind("Node").withName("worker-1")
                .endInvolvedObject().withType("Warning").withReason("Rebooted")
                .withMessage("Node worker-1 has been rebooted, boot id: boot-2").withLastTimestamp(TestObjects.ago(5))
                .withNewSource().withComponent("kubelet").endSource().withCount(1).build()).create();
        admin.v1().events().inNamespace("default").resource(new EventBuilder().withNewMetadata().withName("e2")
                .withNamespace("default").endMetadata().withNewInvolvedObject().withKind("Node").withName("worker-2")
                .endInvolvedObject().withReason("Other").build()).create();

        assertThat(gateway.nodeYaml("worker-1")).contains("name: \"worker-1\"").contains("kubeletVersion: \"v1.30.4\"");
        assertThat(gateway.nodeEvents("worker-1")).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo("Rebooted");
            assertThat(event.source()).isEqualTo("kubelet");
        });
        assertThatThrownBy(() -> gateway.nodeYaml("ghost")).isInstanceOf(ClusterException.class)
                .hasMessageContaining("node ghost not found");
    }

    @Test
    void controlPlaneReadiness() {
        admin.nodes().resource(TestObjects.node("cp-1").editMetadata().addToLabels("node-role.kubernetes.io/control-plane", "")
                .endMetadata().build()).create();
        admin.nodes().resource(TestObjects.readyNode("worker-1")).create();

        ControlPlaneStatus status = gateway.controlPlane();
        assertThat(status.ready()).isTrue();
        assertThat(status.controlPlaneNodes()).extracting(NodeSummary::name).containsExactly("cp-1");
    }

    @Test
    void cordonIsIdempotentAndRecordsWhoAndWhy() {
        admin.nodes().resource(TestObjects.readyNode("worker-1")).create();

        CordonResult first = gateway.cordon("worker-1", new CordonRequest("alice@jump", "run-7", "disk swap"));
        CordonResult second = gateway.cordon("worker-1", new CordonRequest("bob@jump", "run-8", "other"));

        assertThat(first.outcome()).isEqualTo(CordonResult.Outcome.CORDONED);
        assertThat(second.outcome()).isEqualTo(CordonResult.Outcome.ALREADY_CORDONED);
        assertThat(second.message()).isEqualTo("node/worker-1 already cordoned (cordoned by alice@jump in run run-7: disk swap)");
        Node node = admin.nodes().withName("worker-1").get();
        assertThat(node.getSpec().getUnschedulable()).isTrue();
        assertThat(node.getMetadata().getAnnotations()).containsEntry(CordonMark.CORDONED_BY, "alice@jump")
                .containsEntry(CordonMark.CORDON_RUN, "run-7").containsEntry(CordonMark.CORDON_REASON, "disk swap");
        NodeSummary summary = gateway.node("worker-1").orElseThrow();
        assertThat(summary.statusText()).isEqualTo("Ready,SchedulingDisabled");
        assertThat(summary.cordonMark()).hasValueSatisfying(mark -> assertThat(mark.runId()).isEqualTo("run-7"));
    }

    @Test
    void uncordonLimitedToARunNeverUndoesAnOperatorsCordon() {
        admin.nodes().resource(TestObjects.node("mine").build()).create();
        admin.nodes().resource(TestObjects.node("theirs").editSpec().withUnschedulable(true).endSpec().build()).create();
        gateway.cordon("mine", new CordonRequest("alice@jump", "run-7", ""));

        assertThat(gateway.uncordon("theirs", UncordonScope.onlyRun("run-7")).outcome())
                .isEqualTo(CordonResult.Outcome.LEFT_CORDONED);
        assertThat(admin.nodes().withName("theirs").get().getSpec().getUnschedulable()).isTrue();
        assertThat(gateway.uncordon("mine", UncordonScope.onlyRun("run-8")).outcome())
                .isEqualTo(CordonResult.Outcome.LEFT_CORDONED);

        assertThat(gateway.uncordon("mine", UncordonScope.onlyRun("run-7")).outcome())
                .isEqualTo(CordonResult.Outcome.UNCORDONED);
        Node mine = admin.nodes().withName("mine").get();
        assertThat(mine.getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);
        // A real API server removes keys set to null by a merge patch; the mock keeps them as null.
        assertThat(mine.getMetadata().getAnnotations().get(CordonMark.CORDONED_BY)).isNull();
        assertThat(gateway.node("mine").orElseThrow().cordonMark()).isEmpty();
        assertThat(gateway.uncordon("mine", UncordonScope.any()).outcome())
                .isEqualTo(CordonResult.Outcome.ALREADY_UNCORDONED);
        assertThat(gateway.uncordon("theirs", UncordonScope.any()).outcome()).isEqualTo(CordonResult.Outcome.UNCORDONED);
    }

    @Test
    void anUnknownNodeIsNotFound() {
        assertThatThrownBy(() -> gateway.cordon("ghost", new CordonRequest("a", "", "")))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.kind()).isEqualTo(ClusterException.Kind.NOT_FOUND))
                .hasMessage("node ghost not found");
    }

    @Test
    void forbiddenAndUnauthorizedNameTheVerbAndResource() {
        admin.nodes().resource(TestObjects.readyNode("worker-1")).create();
        api.refusals.put("/api/v1/nodes/worker-1", 403);
        assertThatThrownBy(() -> gateway.cordon("worker-1", new CordonRequest("a", "", "")))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.kind()).isEqualTo(ClusterException.Kind.FORBIDDEN))
                .hasMessageStartingWith("forbidden (403): context 'mock' may not get nodes/worker-1");
        api.refusals.clear();
        api.refusals.put("/api/v1/nodes", 401);
        assertThatThrownBy(() -> gateway.nodes())
                .hasMessage("the API server at " + api.url() + " rejected the credentials of context 'mock'"
                        + " (401 Unauthorized) to list nodes");
    }

    @Test
    void anExecCredentialPluginSuppliesTheToken() throws Exception {
        String credential = "{\\\"apiVersion\\\":\\\"client.authentication.k8s.io/v1\\\",\\\"kind\\\":\\\"ExecCredential\\\","
                + "\\\"status\\\":{\\\"token\\\":\\\"from-plugin\\\"}}";
        Path kubeconfig = dir.resolve("exec-kubeconfig");
        java.nio.file.Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: exec\n"
                + "contexts:\n- name: exec\n  context: {cluster: mock, user: plugin}\n"
                + "clusters:\n- name: mock\n  cluster: {server: \"" + api.url() + "\"}\n"
                + "users:\n- name: plugin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                + "      command: /bin/sh\n      args: [\"-c\", \"echo '" + credential + "'\"]\n"
                + "      interactiveMode: Never\n");
        admin.nodes().resource(TestObjects.readyNode("worker-1")).create();
        api.authorizations.clear();
        try (Fabric8ClusterGateway viaPlugin = Fabric8ClusterGateway.connect(settings(kubeconfig))) {
            assertThat(viaPlugin.nodes()).hasSize(1);
        }
        assertThat(api.authorizations).contains("Bearer from-plugin");
    }

    @Test
    void anUnreachableServerIsNamedByItsAddress() throws Exception {
        int port = api.port();
        api.stop();
        try (Fabric8ClusterGateway dead = Fabric8ClusterGateway.connect(settings(api.kubeconfig(dir)))) {
            assertThatThrownBy(dead::nodes).isInstanceOfSatisfying(ClusterException.class,
                    e -> assertThat(e.kind()).isEqualTo(ClusterException.Kind.UNREACHABLE))
                    .hasMessageStartingWith("cannot reach the API server at http://127.0.0.1:" + port + " (context 'mock'): connection refused");
        }
        api.restart();
    }
}
