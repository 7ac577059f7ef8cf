package io.ironbook.tui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.cluster.NodeSummary;
import io.ironbook.tui.view.TestNodes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeTableModelTest {

    private static Map<String, Optional<NodeSummary>> batch(String... names) {
        Map<String, Optional<NodeSummary>> changes = new LinkedHashMap<>();
        for (String name : names) {
            changes.put(name, Optional.of(TestNodes.ready(name)));
        }
        return changes;
    }

    @Test
    void untilTheOperatorMovesItTheSelectionIsTheTopRowWhateverOrderTheNodesArriveIn() {
        NodeTableModel model = new NodeTableModel();
        model.apply(batch("worker-387", "worker-12"));
        assertThat(model.selectedName()).contains("worker-12");
        model.apply(batch("cp-1", "worker-1"));
        assertThat(model.selectedName()).contains("cp-1");
        assertThat(model.selectedIndex()).isZero();
    }

    @Test
    void aSelectionTheOperatorMadeStaysOnItsNodeAsNodesArrive() {
        NodeTableModel model = new NodeTableModel();
        model.apply(batch("worker-1", "worker-2", "worker-3"));
        model.moveSelection(1);
        assertThat(model.selectedName()).contains("worker-2");
        model.apply(batch("cp-1", "cp-2"));
        assertThat(model.selectedName()).contains("worker-2");
        assertThat(model.selectedIndex()).isEqualTo(3);
        model.select(0);
        model.apply(batch("a-node"));
        assertThat(model.selectedName()).contains("cp-1");
    }
}
