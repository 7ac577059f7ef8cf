package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetResolverTest {
    private static final Path HOME = Path.of("/home/op");

    private static TargetResolver resolver(String inventory, TargetResolver.AddressLookup cluster) {
        Optional<AnsibleInventory> inv = Optional.ofNullable(inventory).map(f -> AnsibleInventory.parse(Fixtures.path(f)));
        return new TargetResolver(inv, SshConfig.parse(Fixtures.path("ssh/config")), cluster, "op", HOME);
    }

    @Test
    void theInventoryDecidesAndSshConfigFillsTheRest() {
        SshTarget gpu = resolver("hosts.ini", TargetResolver.AddressLookup.NONE).resolve("k8s-worker-gpu");
        assertThat(gpu.host()).isEqualTo("10.0.0.50");
        assertThat(gpu.port()).isEqualTo(2200);
        assertThat(gpu.user()).isEqualTo("admin");
        assertThat(gpu.identityFiles()).containsExactly(Path.of("/home/op/.ssh/gpu_key"));
        assertThat(gpu.hostKeyPolicy()).isEqualTo(HostKeyPolicy.ACCEPT_NEW);
        assertThat(gpu.jumps()).extracting(SshTarget::node).containsExactly("bastion");
        SshTarget bastion = gpu.jumps().get(0);
        assertThat(bastion.host()).isEqualTo("203.0.113.10");
        assertThat(bastion.user()).isEqualTo("jump");
        assertThat(bastion.identityFiles()).containsExactly(Path.of("/home/op/.ssh/bastion_key"));
        assertThat(gpu.describe()).isEqualTo("k8s-worker-gpu → 10.0.0.50:2200 as admin via bastion — hosts.ini:5");
    }

    @Test
    void anInventoryHostWithoutAnsibleHostIsLookedUpInSshConfig() {
        SshTarget w1 = resolver("hosts.ini", TargetResolver.AddressLookup.NONE).resolve("k8s-worker-01");
        assertThat(w1.host()).isEqualTo("10.0.0.11");
        assertThat(w1.port()).isEqualTo(2222);
        assertThat(w1.user()).isEqualTo("ops");
        assertThat(w1.describe()).isEqualTo("k8s-worker-01 → 10.0.0.11:2222 as ops via bastion — 10-lab.conf:2");
        assertThat(w1.origins()).extracting(Origin::setting).contains("HostName", "Port", "ansible_user");
    }

    @Test
    void kubespraysProxyCommandBecomesAJumpHost() {
        SshTarget node = resolver("kubespray-inventory.ini", TargetResolver.AddressLookup.NONE).resolve("node4");
        assertThat(node.host()).isEqualTo("95.54.0.15");
        assertThat(node.user()).isEqualTo("ops");
        assertThat(node.jumps()).hasSize(1);
        assertThat(node.jumps().get(0).host()).isEqualTo("bastion.example.net");
        assertThat(node.jumps().get(0).user()).isEqualTo("ops");
        assertThat(node.describe()).isEqualTo("node4 → 95.54.0.15:22 as ops via bastion.example.net — kubespray-inventory.ini:8");
    }

    @Test
    void sshConfigAloneResolvesChainsAndProxyCommands() {
        TargetResolver r = resolver(null, TargetResolver.AddressLookup.NONE);
        SshTarget inner = r.resolve("inner");
        assertThat(inner.jumps()).extracting(SshTarget::node).containsExactly("bastion", "k8s-worker-01", "bastion");
        SshTarget viaWorker = inner.jumps().get(1);
        assertThat(viaWorker.user()).isEqualTo("ops");
        assertThat(viaWorker.port()).isEqualTo(2222);
        assertThat(viaWorker.host()).isEqualTo("10.0.0.11");

        SshTarget viaCommand = r.resolve("via-command");
        assertThat(viaCommand.jumps()).hasSize(1);
        assertThat(viaCommand.jumps().get(0).host()).isEqualTo("gate.example.net");
        assertThat(viaCommand.jumps().get(0).port()).isEqualTo(2022);
        assertThat(viaCommand.jumps().get(0).user()).isEqualTo("gate");

        SshTarget w5 = r.resolve("k8s-worker-05");
        assertThat(w5.describe()).isEqualTo("k8s-worker-05 → k8s-worker-05:22 as ops via bastion — config:9");
        assertThat(w5.explain()).contains("  User ops  (config:10)", "  via bastion → 203.0.113.10:22 as jump — config:5",
                "  host key checked as k8s-worker-05, strict");

        assertThatThrownBy(() -> r.resolve("odd-proxy"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("config:26")
                .hasMessageContaining("unsupported ProxyCommand");
        assertThat(r.all()).contains("bastion", "inner", "k8s-worker-01");
    }

    @Test
    void theClusterIsTheFallbackAndItsAddressStillMeetsSshConfig() {
        TargetResolver r = resolver(null, node -> node.equals("worker-7") ? Optional.of("10.0.0.77") : Optional.empty());
        SshTarget w7 = r.resolve("worker-7");
        assertThat(w7.host()).isEqualTo("10.0.0.77");
        assertThat(w7.jumps()).extracting(SshTarget::node).containsExactly("bastion");
        assertThat(w7.describe()).isEqualTo("worker-7 → 10.0.0.77:22 as fallback via bastion — cluster API");
        assertThatThrownBy(() -> r.resolve("worker-8"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessageContaining("unknown node 'worker-8'");
    }

    @Test
    void jumpSpecsWithUsersPortsAndIpv6() throws Exception {
        Path config = java.nio.file.Files.createTempFile("ssh_config", "");
        try {
            java.nio.file.Files.writeString(config, """
                    Host a
                      HostName 10.9.0.1
                      ProxyJump ops@[fe80::1]:2222,ssh://jump@gw.example.net:2200,[fe80::2]
                    Host b
                      ProxyJump gw:notaport
                    """);
            TargetResolver r = new TargetResolver(Optional.empty(), SshConfig.parse(config), TargetResolver.AddressLookup.NONE,
                    "op", HOME);
            List<SshTarget> hops = r.resolve("a").jumps();
            assertThat(hops).extracting(SshTarget::host).containsExactly("fe80::1", "gw.example.net", "fe80::2");
            assertThat(hops).extracting(SshTarget::port).containsExactly(2222, 2200, 22);
            assertThat(hops).extracting(SshTarget::user).containsExactly("ops", "jump", "op");
            assertThat(hops.get(0).address()).isEqualTo("[fe80::1]:2222");
            assertThatThrownBy(() -> r.resolve("b")).isInstanceOf(InvalidConfigException.class)
                    .hasMessageContaining(":5: not a port number: 'notaport'");
        } finally {
            java.nio.file.Files.delete(config);
        }
    }

    @Test
    void groupsComeFromTheInventory() {
        TargetResolver r = resolver("hosts.ini", TargetResolver.AddressLookup.NONE);
        assertThat(r.group("masters")).isEqualTo(List.of("k8s-master-1"));
        assertThat(r.all()).hasSize(6);
        assertThatThrownBy(() -> r.group("wrokers")).isInstanceOf(UnknownNodeException.class)
                .hasMessageContaining("unknown group 'wrokers'");
        assertThatThrownBy(() -> resolver(null, TargetResolver.AddressLookup.NONE).group("workers"))
                .hasMessageContaining("--group needs an inventory");
    }

    @Test
    void aBadPortInTheInventoryNamesFileAndLine() {
        assertThatThrownBy(() -> resolver("bad-port.ini", TargetResolver.AddressLookup.NONE).resolve("node1"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageEndingWith("bad-port.ini:2: not a port number: 'twenty-two'");
    }
}
