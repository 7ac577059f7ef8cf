package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeAddressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.ironbook.cluster.ApiServerDouble;
import io.ironbook.cluster.TestObjects;
import io.ironbook.remote.MinaNode;
import io.ironbook.remote.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node no file names is reached at its InternalIP from the API, and that address meets the ssh config. */
class ExecClusterFallbackIT {

    @TempDir
    Path home;

    @Test
    void theClustersInternalIpIsTheLastResort() throws Exception {
        Path key = TestKeys.generate(home.resolve("keys"), "id_ed25519", "ed25519", "");
        try (ApiServerDouble api = new ApiServerDouble();
             KubernetesClient admin = api.client();
             MinaNode node = MinaNode.start("worker-9", home.resolve("srv"), List.of(Path.of(key + ".pub")))) {
            admin.nodes().resource(TestObjects.node("worker-9").editStatus()
                    .withAddresses(new NodeAddressBuilder().withType("InternalIP").withAddress("127.0.0.1").build())
                    .endStatus().build()).create();
            String kubeconfig = api.kubeconfig(home).toString();
            Path config = Files.writeString(home.resolve("ssh_config"), "Host 127.0.0.1\n  Port " + node.port()
                    + "\n  User ops\n  IdentityFile " + key + "\n");
            Path knownHosts = Files.writeString(home.resolve("known_hosts"), node.knownHostsLine() + "\n");

            CliHarness.Result result = CliHarness.withHome(home).run("--kubeconfig", kubeconfig, "--ssh-config", config.toString(),
                    "--known-hosts", knownHosts.toString(), "exec", "worker-9", "--", "hostname");
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("worker-9 | worker-9", "1 node: 1 succeeded");

            CliHarness.Result unknown = CliHarness.withHome(home).run("--kubeconfig", kubeconfig, "--ssh-config", config.toString(),
                    "exec", "worker-404", "--", "hostname");
            assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(unknown.err()).contains("unknown node 'worker-404'", "the cluster does not list it");
        }
    }
}
