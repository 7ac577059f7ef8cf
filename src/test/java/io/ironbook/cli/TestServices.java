package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.config.IronbookPaths;
import java.util.function.Function;

/** Services for command-line tests, rooted in a temporary home. */
final class TestServices implements Services {
    private final IronbookPaths paths;
    private Function<GlobalOptions, ClusterGateway> cluster = options -> {
        throw new ClusterException(ClusterException.Kind.UNREACHABLE,
                "cannot reach the API server at https://127.0.0.1:1 (context test): Connection refused");
    };

    TestServices(IronbookPaths paths) {
        this.paths = paths;
    }

    /** Answers {@link #cluster} with this function (by default: the API server is unreachable). */
    TestServices cluster(Function<GlobalOptions, ClusterGateway> newCluster) {
        this.cluster = newCluster;
        return this;
    }

    @Override
    public ClusterGateway cluster(GlobalOptions options) {
        return cluster.apply(options);
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }
}
