package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ConnectionSettings;
import io.ironbook.cluster.Fabric8ClusterGateway;
import io.ironbook.config.IronbookPaths;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshjRemoteShell;
import io.ironbook.remote.TargetResolver;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.lab.Lab;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Services for command-line tests, rooted in a temporary home: the cluster is whatever {@code --kubeconfig}
 * names (never the environment's KUBECONFIG), the operator is {@code tester@test}, stdout is not a terminal;
 * SSH goes to real (test) servers with the home's keys and known_hosts, never to the developer's agent.
 */
final class TestServices implements Services {
    private final IronbookPaths paths;
    private RemediationIndex remediation;
    private String stdin = "";
    private Function<GlobalOptions, ClusterGateway> cluster;

    TestServices(IronbookPaths paths) {
        this.paths = paths;
    }

    /**
     * Makes {@link #remediation(GlobalOptions)} answer with the given index (a fake runbook catalogue);
     * without it, the real catalogue answers.
     */
    TestServices withRemediation(RemediationIndex index) {
        this.remediation = index;
        return this;
    }

    /** Answers {@link #cluster} with this function instead of connecting to {@code --kubeconfig}. */
    TestServices cluster(Function<GlobalOptions, ClusterGateway> newCluster) {
        this.cluster = newCluster;
        return this;
    }

    /** A cluster whose API server cannot be reached. */
    static ClusterGateway unreachable(GlobalOptions options) {
        throw new ClusterException(ClusterException.Kind.UNREACHABLE,
                "cannot reach the API server at https://127.0.0.1:1 (context test): Connection refused");
    }

    @Override
    public RemediationIndex remediation(GlobalOptions options) {
        return remediation != null ? remediation : Services.super.remediation(options);
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }

    @Override
    public ClusterGateway cluster(GlobalOptions options) {
        if (cluster != null) {
            return cluster.apply(options);
        }
        return Fabric8ClusterGateway.connect(new ConnectionSettings(options.kubeconfig(), options.context(),
                Optional.empty(), paths.homeDir()), Duration.ofMillis(100));
    }

    @Override
    public String operator() {
        return "tester@test";
    }

    @Override
    public boolean stdoutIsTerminal() {
        return false;
    }

    @Override
    public TargetResolver targets(GlobalOptions options) {
        return RemoteSetup.resolver(options, paths, TargetResolver.AddressLookup.NONE);
    }

    @Override
    public RemoteShell remoteShell(GlobalOptions options, PassphrasePrompt prompt) {
        return new SshjRemoteShell(RemoteSetup.settings(options, paths, Map.of(), prompt));
    }

    @Override
    public LabLauncher labLauncher() {
        return Lab::start;
    }

    /** What the next command reads on stdin. */
    TestServices withStdin(String text) {
        this.stdin = text;
        return this;
    }

    @Override
    public InputStream stdin() {
        return new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    }
}
