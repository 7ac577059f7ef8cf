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
}
