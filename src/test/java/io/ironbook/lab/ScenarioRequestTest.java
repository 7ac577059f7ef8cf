package io.ironbook.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioRequestTest {

    @Test
    void nameOrNameColonNode() {
        assertThat(ScenarioRequest.parse("power-loss")).isEqualTo(new ScenarioRequest(Scenario.POWER_LOSS, Optional.empty()));
        assertThat(ScenarioRequest.parse("swap-on:worker-2")).isEqualTo(new ScenarioRequest(Scenario.SWAP_ON, Optional.of("worker-2")));
        assertThatThrownBy(() -> ScenarioRequest.parse("power-lost"))
                .hasMessage("unknown scenario 'power-lost' (known: " + Scenario.ids() + ")");
    }

    @Test
    void everyScenarioIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/lab.md"));
        Arrays.stream(Scenario.values()).forEach(s -> assertThat(doc).contains("| `" + s.id() + "` |"));
    }

    @Test
    void theIssuesTenScenariosThenTheContainerdSetupOne() {
        assertThat(Scenario.ids()).isEqualTo("healthy, power-loss, swap-on, cni-missing, cni-bin-path, cgroup-driver-mismatch,"
                + " left-cordoned, cert-expired, disk-full, vip-down, containerd-default-config");
    }
}
