package io.ironbook.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.ReportText;
import io.ironbook.diagnose.evidence.BundleFiles;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.schmizz.sshj.SSHClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's scenarios, collected the contract's way (its commands over real SSH, the Node from the real
 * API) into bundles, diagnose to the one root cause each scenario stages: one data path, end to end.
 */
class LabDiagnosisIT {
    @TempDir
    Path dir;

    @Test
    void eachScenarioDiagnosesToItsRootCause() throws Exception {
        Map<String, Scenario> placement = new LinkedHashMap<>();
        placement.put("worker-1", Scenario.POWER_LOSS);
        placement.put("worker-2", Scenario.SWAP_ON);
        placement.put("worker-3", Scenario.CNI_MISSING);
        placement.put("worker-4", Scenario.CNI_BIN_PATH);
        placement.put("worker-5", Scenario.CGROUP_DRIVER_MISMATCH);
        placement.put("worker-6", Scenario.LEFT_CORDONED);
        placement.put("worker-7", Scenario.DISK_FULL);
        placement.put("cp-1", Scenario.CERT_EXPIRED);
        Map<String, String> expected = Map.of("worker-1", "power-loss-dirty-journal", "worker-2", "swap-enabled",
                "worker-3", "cni-config-missing", "worker-4", "cni-bin-path-mismatch", "worker-5", "cgroup-driver-mismatch",
                "worker-6", "node-cordoned", "worker-7", "disk-full", "cp-1", "cert-expired");
        List<ScenarioRequest> requests = new ArrayList<>();
        placement.forEach((n, s) -> requests.add(new ScenarioRequest(s, Optional.of(n))));
        Diagnoser diagnoser = Diagnoser.withShippedRules(RemediationIndex.empty());
        try (Lab lab = Lab.start(new LabOptions(10, requests, dir.resolve("lab"), 20));
                KubernetesClient client = new KubernetesClientBuilder()
                        .withConfig(Config.fromKubeconfig(Files.readString(lab.files().kubeconfig()))).build()) {
            for (Map.Entry<String, Scenario> e : placement.entrySet()) {
                LabApiIT.await(() -> LabScenariosIT.status(client.nodes().withName(e.getKey()).get())
                        .equals(e.getValue().expectedStatus()), Duration.ofSeconds(10));
            }
            Map<String, String> got = new LinkedHashMap<>();
            StringBuilder reports = new StringBuilder();
            for (String node : placement.keySet()) {
                Path bundle = Files.createDirectories(dir.resolve("bundles").resolve(node));
                try (SSHClient ssh = LabSshIT.sshj(lab, node)) {
                    for (Map.Entry<String, String> probe : BundleFiles.evidenceFiles().entrySet()) {
                        String command = probe.getValue();
                        if (command.startsWith("kubectl") || command.startsWith("kubeadm init")) {
                            continue;
                        }
                        command = command.replace(" (or dmesg -T)", "");
                        LabSshIT.Run run = LabSshIT.exec(ssh, command);
                        if (!run.out().isBlank()) {
                            Files.writeString(bundle.resolve(probe.getKey()), run.out());
                        }
                    }
                }
                Files.writeString(bundle.resolve(BundleFiles.NODE_YAML), Serialization.asYaml(client.nodes().withName(node).get()));
                DiagnosisReport report = diagnoser.diagnose(EvidenceBundle.read(bundle));
                reports.append(ReportText.write(report)).append('\n');
                got.put(node, report.cascade().rootCauses().isEmpty() ? "none" : String.join(" + ", report.cascade().rootCauses()));
            }
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/lab-diagnosis.txt"), reports);
            assertThat(got).as(reports.toString()).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }
}
