package io.ironbook.app;

import io.ironbook.cli.GlobalOptions;
import io.ironbook.cli.Services;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ConnectionSettings;
import io.ironbook.cluster.Fabric8ClusterGateway;
import io.ironbook.config.IronbookPaths;

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
}
