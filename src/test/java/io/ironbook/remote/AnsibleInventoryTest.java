package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsibleInventoryTest {

    @Test
    void kubespraysIniSampleReadsWithGroupsChildrenAndComments() {
        Path file = Fixtures.path("kubespray-inventory.ini");
        AnsibleInventory inv = AnsibleInventory.parse(file);
        assertThat(inv.hosts()).containsExactly("node1", "node2", "node3", "node4", "node5", "node6");
        assertThat(inv.hostsOf("kube_control_plane")).contains(List.of("node1", "node2", "node3"));
        assertThat(inv.hostsOf("k8s_cluster")).contains(List.of("node1", "node2", "node3", "node4", "node5", "node6"));
        assertThat(inv.hostsOf("calico_rr")).contains(List.of());
        assertThat(inv.hostsOf("nope")).isEmpty();
        assertThat(inv.varsOf("node5")).containsKey("ansible_host").doesNotContainKey("ip");
        assertThat(inv.varsOf("node6").get("ansible_host").value()).isEqualTo("95.54.0.17");
        assertThat(inv.varsOf("node1").get("ansible_host").line()).isEqualTo(5);
        assertThat(inv.varsOf("node1").get("ansible_user").value()).isEqualTo("ops");
        assertThat(inv.varsOf("node1").get("ansible_ssh_common_args").value())
                .isEqualTo("-o ProxyCommand=\"ssh -W %h:%p -q ops@bastion.example.net\"");
    }

    @Test
    void kubespraysYamlShapeReads() {
        AnsibleInventory inv = AnsibleInventory.parse(Fixtures.path("kubespray-hosts.yaml"));
        assertThat(inv.hosts()).containsExactly("node1", "node2", "node3");
        assertThat(inv.hostsOf("k8s_cluster")).contains(List.of("node1", "node2", "node3"));
        assertThat(inv.hostsOf("calico_rr")).contains(List.of());
        AnsibleInventory.Value port = inv.varsOf("node3").get("ansible_port");
        assertThat(port.value()).isEqualTo("2222");
        assertThat(port.line()).isEqualTo(13);
        assertThat(inv.varsOf("node3").get("ansible_user").value()).isEqualTo("ubuntu");
        assertThat(inv.varsOf("node3").get("ansible_ssh_private_key_file").value()).isEqualTo("~/.ssh/workers_ed25519");
    }

    @Test
    void rangesGroupVarsAndChildVarsCombineInAnsiblesOrder() {
        AnsibleInventory inv = AnsibleInventory.parse(Fixtures.path("hosts.ini"));
        assertThat(inv.hostsOf("workers")).contains(List.of("k8s-worker-01", "k8s-worker-02", "k8s-worker-03", "k8s-worker-gpu"));
        assertThat(inv.hostsOf("ungrouped")).contains(List.of("bastion"));
        // host var beats the child group's, which beats the parent's
        assertThat(inv.varsOf("k8s-worker-02").get("ansible_user").value()).isEqualTo("ops");
        assertThat(inv.varsOf("k8s-master-1").get("ansible_user").value()).isEqualTo("admin");
        assertThat(inv.varsOf("k8s-worker-gpu").get("ansible_user").value()).isEqualTo("admin");
    }

    @Test
    void groupVarsAndHostVarsFoldersOverrideTheInventoryFile() {
        AnsibleInventory inv = AnsibleInventory.parse(Fixtures.path("vars-inventory/hosts.yaml"));
        AnsibleInventory.Value user = inv.varsOf("node1").get("ansible_user");
        assertThat(user.value()).isEqualTo("kube");
        assertThat(user.file().getFileName().toString()).isEqualTo("k8s-cluster.yml");
        assertThat(user.line()).isEqualTo(3);
        assertThat(inv.varsOf("node2").get("ansible_port").value()).isEqualTo("2202");
        assertThat(inv.varsOf("node1")).doesNotContainKey("supplementary_addresses_in_ssl_keys");
    }

    @Test
    void aTemplatedConnectionVariableIsRefusedWithItsLine() {
        TargetResolver resolver = new TargetResolver(
                java.util.Optional.of(AnsibleInventory.parse(Fixtures.path("vars-inventory/hosts.yaml"))),
                SshConfig.empty(), TargetResolver.AddressLookup.NONE, "op", Path.of("/home/op"));
        assertThat(resolver.resolve("node2").port()).isEqualTo(2202);
        assertThatThrownBy(() -> resolver.resolve("node3"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("node3.yml:1: ansible_user is a Jinja template");
    }

    @Test
    void malformedFilesNameFileAndLine() {
        assertThatThrownBy(() -> AnsibleInventory.parse(Fixtures.path("bad-section.ini")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageEndingWith("bad-section.ini:4: unknown section type ':varz' (expected :vars or :children)");
        assertThatThrownBy(() -> AnsibleInventory.parse(Fixtures.path("bad-var.ini")))
                .hasMessageEndingWith("bad-var.ini:3: expected 'name=value' after the host name, not 'ansible_host'");
        assertThatThrownBy(() -> AnsibleInventory.parse(Fixtures.path("bad-key.yaml")))
                .hasMessageEndingWith("bad-key.yaml:5: unknown key 'childern' in group 'all' (expected hosts, vars or children)");
        assertThatThrownBy(() -> AnsibleInventory.parse(Fixtures.path("bad-syntax.yaml")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("bad-syntax.yaml:5: not valid YAML");
    }
}
