package io.ironbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.diagnose.FindingIds;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamBinderTest {

    private final RunbookCatalogue catalogue = RunbookCatalogue.load(new RunbookLoader(FindingIds.all()), List.of());

    @Test
    void valuesAreBoundWithDefaults() {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        BoundParams params = ParamBinder.bind(runbook, Map.of("node", "worker-1"));
        assertThat(params.values()).containsEntry("node", "worker-1").containsEntry("drainTimeout", "5m");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        assertThatThrownBy(() -> ParamBinder.bind(runbook, Map.of("drainTimeout", "soon", "nod", "x")))
                .isInstanceOf(RunRefusedException.class)
                .hasMessage("--param nod: node-maintenance has no param 'nod' (params: node, drainTimeout)\n"
                        + "missing --param node=NODE (The node to take down)\n"
                        + "--param drainTimeout=soon: must be a duration such as 90s, 5m or 1h30m");
        assertThatThrownBy(() -> ParamBinder.bind(runbook, Map.of("node", "x; rm -rf /")))
                .hasMessage("--param node=x; rm -rf /: must be a node name (lower-case letters, digits, '-' and '.')");
    }

    @Test
    void nodesListsSplitOnCommas() {
        Runbook runbook = catalogue.find("return-to-service").orElseThrow();
        BoundParams params = ParamBinder.bind(runbook, Map.of("nodes", "worker-1, worker-2"));
        assertThat(params.list("nodes")).containsExactly("worker-1", "worker-2");
    }

    @Test
    void capturesAreSecrets() {
        Runbook runbook = catalogue.find("kubeadm-join-worker").orElseThrow();
        BoundParams params = ParamBinder.bind(runbook, Map.of("node", "worker-4", "controlPlane", "cp-1"));
        params.capture("joinToken", "abcdef.0123456789abcdef");
        assertThat(params.value("joinToken")).contains("abcdef.0123456789abcdef");
        assertThat(params.secretValues()).containsExactly("abcdef.0123456789abcdef");
        assertThat(params.redacted()).doesNotContainValue("abcdef.0123456789abcdef");
    }
}
