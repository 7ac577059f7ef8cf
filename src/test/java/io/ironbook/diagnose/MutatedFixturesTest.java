package io.ironbook.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Copies of the real-evidence fixtures, changed the way the next incident would change them: the
 * answer must follow the evidence, not the fixture's text.
 */
class MutatedFixturesTest {

    private static Map<String, String> load(String name) throws Exception {
        Path dir = FixtureBundlesTest.bundlesDir().resolve(name);
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().equals("expected.yaml")) {
                    files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static DiagnosisReport diagnose(Map<String, String> files) {
        return Bundles.DIAGNOSER.diagnose(EvidenceBundle.ofTexts(files));
    }

    @Test
    void ext4AbortWithTheVolumeRemountedReadWriteIsNoFinding() throws Exception {
        Map<String, String> f = load("01-ext4-journal-abort-docker-volume-ro");
        f.put("mounts.txt", f.get("mounts.txt").replace("ext4 ro,noatime", "ext4 rw,noatime"));
        assertThat(diagnose(f).findingIds()).doesNotContain("fs-readonly");
    }

    @Test
    void ext4AbortWithoutMountsStillSaysTheKernelRemountedReadOnly() throws Exception {
        Map<String, String> f = load("01-ext4-journal-abort-docker-volume-ro");
        f.remove("mounts.txt");
        DiagnosisReport r = diagnose(f);
        assertThat(r.cascade().rootCauses()).containsExactly("fs-readonly");
        assertThat(r.finding("fs-readonly").orElseThrow().summary()).contains("dm-4");
    }

    @Test
    void ext4AbortAfterAnUncleanBootChainsFromThePowerLoss() throws Exception {
        Map<String, String> f = load("01-ext4-journal-abort-docker-volume-ro");
        f.put("kernel.log", "[    4.120001] EXT4-fs (dm-4): recovery complete\n" + f.get("kernel.log"));
        assertThat(diagnose(f).cascade().chain()).containsExactly("power-loss-dirty-journal", "fs-readonly");
    }

    @Test
    void swapTurnedOffMakesTheOldRefusalHistory() throws Exception {
        Map<String, String> f = load("07-swap-syslog-escaped-tabs");
        f.put("swaps.txt", "Filename                                Type            Size    Used    Priority\n");
        assertThat(diagnose(f).findingIds()).doesNotContain("swap-enabled");
        f.remove("swaps.txt");
        DiagnosisReport r = diagnose(f);
        assertThat(r.findingIds()).containsExactly("swap-enabled");
        assertThat(r.finding("swap-enabled").orElseThrow().signals()).containsExactly("kubelet-refuses");
    }

    @Test
    void activeSwapWithKubeletRunningIsOnlyAWarningAndWithoutTheRefusal() throws Exception {
        Map<String, String> f = load("07-swap-syslog-escaped-tabs");
        f.remove("journal-kubelet.log");
        assertThat(diagnose(f).finding("swap-enabled").orElseThrow().severity().label()).isEqualTo("warning");
        f.put("systemctl-status.txt", "● kubelet.service - kubelet\n     Active: active (running) since Mon 2019-02-12 18:20:35 UTC; 1h ago\n");
        assertThat(diagnose(f).findingIds()).doesNotContain("swap-enabled");
    }

    @Test
    void cniBinariesMissingFromTheListingButConfigPresentIsNotAPathMismatch() throws Exception {
        Map<String, String> f = load("11-cni-config-removed-containerd-needs-restart");
        assertThat(diagnose(f).findingIds()).doesNotContain("cni-bin-path-mismatch");
        f.put("containerd-config.toml", "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\".cni]\n  bin_dir = \"/usr/lib/cni\"\n");
        f.put("cni.txt", f.get("cni.txt") + "ls: cannot access '/usr/lib/cni': No such file or directory\n");
        DiagnosisReport r = diagnose(f);
        assertThat(r.findingIds()).contains("cni-bin-path-mismatch");
        assertThat(r.finding("cni-bin-path-mismatch").orElseThrow().summary())
                .isEqualTo("containerd looks for CNI plugins in /usr/lib/cni, which holds none, but they are in /opt/cni/bin");
    }

    @Test
    void theRoutineContainerStatusErrorsAloneAreNothing() throws Exception {
        Map<String, String> f = load("11-cni-config-removed-containerd-needs-restart");
        String journal = f.get("journal-containerd.log");
        f.put("journal-containerd.log", journal.substring(journal.indexOf("Aug 28 08:26:46")));
        f.remove("describe-node.txt");
        assertThat(diagnose(f).findingIds()).isEmpty();
    }

    @Test
    void theCgroupsPathErrorInOneJournalIsEnough() throws Exception {
        Map<String, String> f = load("15-cgroup-mismatch-cgroupspath-kubespray");
        f.remove("journal-containerd.log");
        assertThat(diagnose(f).cascade().chain()).containsExactly("cgroup-driver-mismatch");
    }

    @Test
    void theHealthyConfigWithoutVersionTwoAndAKubeletOnSystemdIsAMismatch() throws Exception {
        Map<String, String> f = load("18-healthy-containerd-config-lowercase-key");
        f.put("containerd-config.toml", f.get("containerd-config.toml").replace("version = 2\n", ""));
        assertThat(diagnose(f).findingIds()).isEmpty();
        f.put("journal-kubelet.log", "Nov 20 14:02:17 n kubelet[5120]: I1120 14:02:17.8 5120 container_manager_linux.go:300]"
                + " nodeConfig={\"CgroupDriver\":\"systemd\"}\n");
        assertThat(diagnose(f).cascade().rootCauses()).containsExactly("cgroup-driver-mismatch");
    }

    @Test
    void pleGRecoveredIsNothing() throws Exception {
        Map<String, String> f = load("28-pleg-unhealthy-describe-node");
        f.put("describe-node.txt", f.get("describe-node.txt").replace(
                "Ready            False   Mon, 03 Jun 2019 13:54:18 +0000   Sun, 02 Jun 2019 21:39:37 +0000   KubeletNotReady              PLEG is not healthy: pleg was last seen active 16h17m50.791825508s ago; threshold is 3m0s",
                "Ready            True    Mon, 03 Jun 2019 13:54:18 +0000   Sun, 02 Jun 2019 21:39:37 +0000   KubeletReady                 kubelet is posting ready status"));
        assertThat(diagnose(f).findingIds()).isEmpty();
    }

    @Test
    void theSameStoppedKubeletInAutoRestartIsACrashLoop() throws Exception {
        Map<String, String> f = load("39-kubelet-inactive-dead-after-reset");
        f.put("systemctl-status.txt", f.get("systemctl-status.txt")
                .replace("Active: inactive (dead) (Result: exit-code)", "Active: activating (auto-restart) (Result: exit-code)"));
        assertThat(diagnose(f).cascade().chain()).containsExactly("kubelet-crashloop");
    }

    @Test
    void theReadmeChainFromPastesOnly() throws IOException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("notes", String.join("\n", List.of(
                "[    3.100] EXT4-fs (sda2): recovery complete",
                "/dev/sda2 /var ext4 ro,relatime 0 0",
                "Mar 14 06:02:20 w1 containerd[812]: containerd: chmod /var/lib/containerd: read-only file system",
                "Mar 14 06:02:31 w1 kubelet[1022]: E0314 06:02:31.2 1022 run.go:74] \"command failed\" err=\"dial unix /run/containerd/containerd.sock: connect: no such file or directory\"",
                "Mar 14 06:14:02 w1 systemd[1]: kubelet.service: Scheduled restart job, restart counter is at 37.")) + "\n");
        DiagnosisReport r = diagnose(f);
        assertThat(r.cascade().chain()).containsExactly("power-loss-dirty-journal", "fs-readonly", "containerd-down",
                "kubelet-crashloop");
    }
}
