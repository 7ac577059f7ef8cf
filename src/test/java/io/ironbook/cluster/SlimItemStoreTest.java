package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SlimItemStoreTest {

    private static Node richNode() {
        return new NodeBuilder(TestObjects.node("worker-7")
                .editMetadata()
                .addToLabels(Map.of("node-role.kubernetes.io/worker", "", "kubernetes.io/role", "edge",
                        "kubernetes.io/os", "linux"))
                .addToAnnotations(Map.of(CordonMark.CORDONED_BY, "ops@jump", CordonMark.CORDON_REASON, "disk",
                        CordonMark.CORDONED_AT, "2026-11-26T03:00:00Z", "node.alpha.kubernetes.io/ttl", "0"))
                .endMetadata()
                .editSpec().withUnschedulable(true).withPodCIDR("10.244.7.0/24")
                .addNewTaint().withKey("node.kubernetes.io/unschedulable").withEffect("NoSchedule").endTaint().endSpec()
                .editStatus()
                .addNewCondition().withType("ReadonlyFilesystem").withStatus("True").withReason("FilesystemIsReadOnly")
                .withMessage("Filesystem is read-only").withLastTransitionTime(TestObjects.ago(60)).endCondition()
                .addToCapacity("cpu", new Quantity("8")).addToAllocatable("memory", new Quantity("32Gi"))
                .editNodeInfo().withOsImage("Debian GNU/Linux 12 (bookworm)").withMachineID("abc").endNodeInfo()
                .endStatus()
                .build()).build();
    }

    @Test
    void aSlimNodeSummarizesExactlyAsTheWholeNode() {
        Node whole = richNode();
        Node copy = Serialization.unmarshal(Serialization.asJson(whole), Node.class);
        SlimItemStore<Node> store = SlimItemStore.nodes();
        store.put("worker-7", copy);
        Node slim = store.get("worker-7");

        assertThat(NodeSummaryMapper.summarize(slim, OptionalInt.of(3)))
                .isEqualTo(NodeSummaryMapper.summarize(whole, OptionalInt.of(3)));
        assertThat(slim.getStatus().getCapacity()).isNull();
        assertThat(slim.getStatus().getNodeInfo().getOsImage()).isNull();
        assertThat(slim.getMetadata().getLabels()).doesNotContainKey("kubernetes.io/os");
        assertThat(slim.getMetadata().getAnnotations()).containsOnlyKeys(CordonMark.CORDONED_BY,
                CordonMark.CORDON_REASON, CordonMark.CORDONED_AT);
        assertThat(slim.getMetadata().getName()).isEqualTo("worker-7");
    }
}
