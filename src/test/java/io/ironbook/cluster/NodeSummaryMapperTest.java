package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NodeSummaryMapperTest {

    @Test
    void aHealthyWorker() {
        NodeSummary summary = NodeSummaryMapper.summarize(TestObjects.readyNode("worker-1"), OptionalInt.of(7));
        assertThat(summary.readiness()).isEqualTo(NodeReadiness.READY);
        assertThat(summary.healthy()).isTrue();
        assertThat(summary.reasonText()).isEmpty();
        assertThat(summary.statusText()).isEqualTo("Ready");
        assertThat(summary.kubeletVersion()).isEqualTo("v1.30.4");
        assertThat(summary.internalIp()).isEqualTo("10.0.0.11");
        assertThat(summary.bootId()).isEqualTo("boot-1");
        assertThat(summary.podCount()).hasValue(7);
        assertThat(summary.roles()).isEmpty();
        assertThat(summary.heartbeatAge(Instant.now()).orElseThrow()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(60));
        assertThat(summary.age(Instant.now())).isGreaterThan(Duration.ofDays(2));
    }

    @Test
    void nodeStatusUnknownSaysWhy() {
        Node node = TestObjects.node("worker-2").editStatus().editFirstCondition().withStatus("Unknown")
                .withReason("NodeStatusUnknown").withMessage("Kubelet stopped posting node status.")
                .withLastHeartbeatTime(TestObjects.ago(600)).endCondition().endStatus().build();
        NodeSummary summary = NodeSummaryMapper.summarize(node, OptionalInt.empty());
        assertThat(summary.readiness()).isEqualTo(NodeReadiness.UNKNOWN);
        assertThat(summary.statusText()).isEqualTo("Unknown");
        assertThat(summary.reasonText()).isEqualTo("NodeStatusUnknown: Kubelet stopped posting node status.");
        assertThat(summary.heartbeatAge(Instant.now()).orElseThrow()).isGreaterThanOrEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void aNodeWithoutReadyConditionIsUnknown() {
        Node node = TestObjects.node("new").editStatus().withConditions().endStatus().build();
        NodeSummary summary = NodeSummaryMapper.summarize(node, OptionalInt.empty());
        assertThat(summary.readiness()).isEqualTo(NodeReadiness.UNKNOWN);
        assertThat(summary.lastHeartbeat()).isEmpty();
    }

    @Test
    void pressuresAndNodeProblemDetectorConditionsAreShown() {
        Node node = TestObjects.node("worker-3").editStatus()
                .editFirstCondition().withStatus("False").withReason("KubeletNotReady")
                .withMessage("container runtime is down").endCondition()
                .addNewCondition().withType("DiskPressure").withStatus("True").withReason("KubeletHasDiskPressure").endCondition()
                .addNewCondition().withType("ReadonlyFilesystem").withStatus("True").withReason("FilesystemIsReadOnly")
                .withMessage("Node condition ReadonlyFilesystem is now: True").endCondition()
                .addNewCondition().withType("KernelDeadlock").withStatus("False").withReason("KernelHasNoDeadlock").endCondition()
                .addNewCondition().withType("FrequentContainerdRestart").withStatus("True")
                .withReason("FrequentContainerdRestart").endCondition()
                .endStatus().build();
        NodeSummary summary = NodeSummaryMapper.summarize(node, OptionalInt.empty());
        assertThat(summary.readiness()).isEqualTo(NodeReadiness.NOT_READY);
        assertThat(summary.pressures()).extracting(NodeConditionSummary::type).containsExactly("DiskPressure");
        assertThat(summary.problems()).extracting(NodeConditionSummary::type)
                .containsExactly("ReadonlyFilesystem", "FrequentContainerdRestart");
        assertThat(summary.reasonText()).isEqualTo("KubeletNotReady: container runtime is down; DiskPressure;"
                + " ReadonlyFilesystem (FilesystemIsReadOnly); FrequentContainerdRestart (FrequentContainerdRestart)");
    }

    @Test
    void rolesTaintsAndIronbooksCordon() {
        Node node = TestObjects.node("cp-1").editMetadata()
                .addToLabels("node-role.kubernetes.io/control-plane", "")
                .addToLabels("node-role.kubernetes.io/etcd", "")
                .addToLabels("kubernetes.io/role", "master")
                .withAnnotations(Map.of(CordonMark.CORDONED_BY, "alice@jump", CordonMark.CORDON_RUN, "run-3",
                        CordonMark.CORDON_REASON, "firmware", CordonMark.CORDONED_AT, "2026-11-20T10:00:00Z"))
                .endMetadata()
                .editSpec().withUnschedulable(true).addNewTaint().withKey("node-role.kubernetes.io/control-plane")
                .withEffect("NoSchedule").endTaint().addNewTaint().withKey("node.kubernetes.io/unschedulable")
                .withEffect("NoSchedule").endTaint().endSpec().build();
        NodeSummary summary = NodeSummaryMapper.summarize(node, OptionalInt.empty());
        assertThat(summary.roles()).containsExactly("control-plane", "etcd", "master");
        assertThat(summary.taints()).extracting(TaintSummary::toString).containsExactly(
                "node-role.kubernetes.io/control-plane:NoSchedule", "node.kubernetes.io/unschedulable:NoSchedule");
        assertThat(summary.statusText()).isEqualTo("Ready,SchedulingDisabled");
        assertThat(summary.cordonMark()).hasValueSatisfying(mark -> {
            assertThat(mark.by()).isEqualTo("alice@jump");
            assertThat(mark.at()).hasValue(Instant.parse("2026-11-20T10:00:00Z"));
        });
        assertThat(summary.reasonText()).isEqualTo("cordoned by alice@jump: firmware");
        assertThat(summary.healthy()).isFalse();
    }
}
