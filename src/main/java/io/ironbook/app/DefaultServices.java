package io.ironbook.app;

import io.ironbook.cli.GlobalOptions;
import io.ironbook.cli.RemoteSetup;
import io.ironbook.cli.LabLauncher;
import io.ironbook.cli.Services;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ConnectionSettings;
import io.ironbook.cluster.Fabric8ClusterGateway;
import io.ironbook.config.IronbookPaths;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshjRemoteShell;
import io.ironbook.remote.TargetResolver;
import io.ironbook.lab.Lab;
import java.io.InputStream;

/** The production services: real adapters on the operator's files, cluster and nodes. */
final class DefaultServices implements Services {
    private final IronbookPaths paths;

    DefaultServices(IronbookPaths paths) {
        this.paths = paths;
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }

    @Override
    public ClusterGateway cluster(GlobalOptions options) {
        return Fabric8ClusterGateway.connect(ConnectionSettings.fromEnvironment(options.kubeconfig(), options.context()));
    }

    @Override
    public String operator() {
        String user = System.getProperty("user.name", "unknown");
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
            } catch (java.io.IOException | RuntimeException e) {
                host = "";
            }
        }
        return host.isBlank() ? user : user + "@" + host;
    }

    @Override
    public boolean stdoutIsTerminal() {
        return System.console() != null;
    }

    @Override
    public TargetResolver targets(GlobalOptions options) {
        return RemoteSetup.resolver(options, paths, TargetResolver.AddressLookup.NONE);
    }

    @Override
    public RemoteShell remoteShell(GlobalOptions options, PassphrasePrompt prompt) {
        return new SshjRemoteShell(RemoteSetup.settings(options, paths, System.getenv(), prompt));
    }

    @Override
    public LabLauncher labLauncher() {
        return Lab::start;
    }

    @Override
    public InputStream stdin() {
        return System.in;
    }
}
