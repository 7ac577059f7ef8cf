package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsTest {
    private static final String KEY_A = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
    private static final String KEY_B = "AAAAC3NzaC1lZDI1NTE5AAAAIBe3xT5p0ZCIRQ7V7tOM0mjrSZmR0Ve5dv0F1fF3bPzG";

    @TempDir
    Path dir;

    private static byte[] blob(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private KnownHosts load(String text) throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, text);
        return KnownHosts.load(List.of(file, dir.resolve("missing")));
    }

    @Test
    void plainPortAndPatternEntries() throws Exception {
        KnownHosts hosts = load("""
                # comment
                10.0.0.11,k8s-worker-01 ssh-ed25519 %s
                [10.0.0.12]:2222 ssh-ed25519 %s
                10.0.1.*,!10.0.1.5 ssh-ed25519 %s
                """.formatted(KEY_A, KEY_A, KEY_B));
        assertThat(hosts.check("10.0.0.11", 22, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
        assertThat(hosts.check("K8S-WORKER-01", 22, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
        assertThat(hosts.check("10.0.0.11", 2222, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Unknown.class);
        assertThat(hosts.check("10.0.0.12", 2222, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
        assertThat(hosts.check("10.0.0.12", 22, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Unknown.class);
        assertThat(hosts.check("10.0.1.9", 22, blob(KEY_B))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
        assertThat(hosts.check("10.0.1.5", 22, blob(KEY_B))).isInstanceOf(KnownHosts.Verdict.Unknown.class);
        KnownHosts.Verdict changed = hosts.check("10.0.0.11", 22, blob(KEY_B));
        assertThat(changed).isInstanceOfSatisfying(KnownHosts.Verdict.Changed.class, c -> {
            assertThat(c.location()).endsWith("known_hosts:2");
            assertThat(c.listedFingerprint()).isEqualTo(KnownHosts.fingerprint(blob(KEY_A)));
        });
        assertThat(hosts.keyTypes("10.0.0.12", 2222)).containsExactly("ssh-ed25519");
    }

    @Test
    void hashedEntriesMatchTheirHostOnly() throws Exception {
        byte[] salt = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal("[10.0.0.13]:2200".getBytes(StandardCharsets.US_ASCII));
        String field = "|1|" + Base64.getEncoder().encodeToString(salt) + "|" + Base64.getEncoder().encodeToString(hash);
        KnownHosts hosts = load(field + " ssh-ed25519 " + KEY_A + "\n");
        assertThat(hosts.check("10.0.0.13", 2200, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
        assertThat(hosts.check("10.0.0.14", 2200, blob(KEY_A))).isInstanceOf(KnownHosts.Verdict.Unknown.class);
    }

    @Test
    void revokedWinsOverAPlainLine() throws Exception {
        KnownHosts hosts = load("10.0.0.11 ssh-ed25519 " + KEY_A + "\n@revoked * ssh-ed25519 " + KEY_A + "\n");
        assertThat(hosts.check("10.0.0.11", 22, blob(KEY_A))).isInstanceOfSatisfying(KnownHosts.Verdict.Revoked.class,
                r -> assertThat(r.location()).endsWith("known_hosts:2"));
        assertThat(hosts.keyTypes("10.0.0.99", 22)).isEmpty();
    }

    @Test
    void recordingAppendsAnOpenSshLine() throws Exception {
        KnownHosts hosts = load("10.0.0.11 ssh-ed25519 " + KEY_A);
        Path file = dir.resolve("known_hosts");
        KnownHosts more = hosts.record(file, "10.0.0.12", 2222, "ssh-ed25519", blob(KEY_B));
        assertThat(Files.readAllLines(file)).containsExactly("10.0.0.11 ssh-ed25519 " + KEY_A, "[10.0.0.12]:2222 ssh-ed25519 " + KEY_B);
        assertThat(more.check("10.0.0.12", 2222, blob(KEY_B))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
        assertThat(KnownHosts.load(List.of(file)).check("10.0.0.12", 2222, blob(KEY_B))).isInstanceOf(KnownHosts.Verdict.Trusted.class);
    }

    @Test
    void fingerprintsReadLikeOpenSsh() {
        assertThat(KnownHosts.fingerprint(blob(KEY_A))).startsWith("SHA256:").doesNotEndWith("=").hasSize(50);
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertThatThrownBy(() -> load("10.0.0.11 ssh-ed25519\n")).isInstanceOf(InvalidConfigException.class)
                .hasMessageEndingWith("known_hosts:1: expected 'hosts keytype base64-key'");
        assertThatThrownBy(() -> load("\n@trusted 10.0.0.11 ssh-ed25519 " + KEY_A + "\n"))
                .hasMessageEndingWith("known_hosts:2: unknown marker '@trusted'");
    }
}
