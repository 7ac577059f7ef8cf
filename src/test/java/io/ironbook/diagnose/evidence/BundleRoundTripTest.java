package io.ironbook.diagnose.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a collector writes with {@link BundleWriter} reads back as the same bundle. */
class BundleRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void filesAndMetaRoundTrip() throws Exception {
        BundleMeta meta = new BundleMeta("w-1", "2025-11-26T10:00:00Z", "jump \"01\"", List.of("api"),
                List.of(new ProbeOutcome(BundleFiles.KERNEL, "dmesg -T", false, "ssh: connection refused"),
                        new ProbeOutcome(BundleFiles.NODE_YAML, "GET /api/v1/nodes/w-1", true, "")));
        BundleWriter.write(dir, Map.of(BundleFiles.NODE_YAML, "kind: Node\n", BundleFiles.MOUNTS, "/dev/sda1 / ext4 rw 0 0\n"), meta);
        EvidenceBundle bundle = EvidenceBundle.read(dir);
        assertThat(bundle.names()).containsExactly("mounts.txt", "node.yaml");
        assertThat(bundle.meta()).isEqualTo(meta);
        assertThat(bundle.readLines("mounts.txt", 10)).containsExactly("/dev/sda1 / ext4 rw 0 0");
    }

    @Test
    void otherFilesAreFreeTextOrIgnored() throws Exception {
        Files.writeString(dir.resolve("paste"), "x\n");
        Files.writeString(dir.resolve("ticket.txt"), "y\n");
        Files.writeString(dir.resolve("expected.yaml"), "z\n");
        Files.writeString(dir.resolve("empty.log"), "");
        Files.write(dir.resolve("core.log"), new byte[] {1, 0, 2});
        EvidenceBundle bundle = EvidenceBundle.read(dir);
        assertThat(bundle.names()).containsExactly("paste", "ticket.txt");
        assertThat(bundle.ignored()).containsExactlyInAnyOrder("expected.yaml", "empty.log", "core.log");
    }

    @Test
    void aNameThatIsNotAPlainFileNameIsRefused() {
        assertThatThrownBy(() -> BundleWriter.write(dir, Map.of("../x.txt", "x"), BundleMeta.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCollectorsMetaShapeReadsToo() {
        BundleMeta meta = BundleMetaYaml.read(String.join("\n", "node: w-2", "collectedAt: \"2025-11-26T10:00:00Z\"",
                "collectedBy: ops@jump-1", "tookMs: 812", "ssh:", "  target: ops@10.0.0.12:22", "  reachable: false",
                "  error: connection refused", "api:", "  api: https://10.0.0.10:6443", "  files: [node.yaml]",
                "probes:", "- file: node.yaml", "  command: GET node", "  written: true", "  outcome: ok", "  ms: 40",
                "- file: kernel.log", "  command: dmesg -T", "  written: false", "  outcome: not run", "  error: SSH unreachable", ""));
        assertThat(meta.node()).isEqualTo("w-2");
        assertThat(meta.collectedFrom()).isEqualTo("ops@jump-1");
        assertThat(meta.collectedInstant()).isPresent();
        assertThat(meta.channels()).containsExactly("api");
        assertThat(meta.probes()).extracting(p -> p.file() + " " + p.ok() + " " + p.detail()).containsExactly(
                "(ssh) false SSH unreachable: connection refused; node-side files are unknown",
                "node.yaml true ok", "kernel.log false SSH unreachable");
    }
}
