package io.ironbook.cli;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.config.IronbookPaths;

/**
 * What the commands need from the outside world, built by the composition root. Commands ask for an
 * adapter when they run, so that a command that needs no cluster never reads a kubeconfig.
 */
public interface Services {

    /** The folders ironbook reads and writes. */
    IronbookPaths paths();

    /**
     * A gateway to the cluster of {@code --kubeconfig}/{@code --context} (else {@code KUBECONFIG}, else
     * {@code ~/.kube/config}), as kubectl would choose it; the caller closes it. The kubeconfig is read now; the
     * API server is first contacted by the first call.
     *
     * @throws io.ironbook.cluster.ClusterException with kind CONFIG when the kubeconfig cannot be used
     */
    ClusterGateway cluster(GlobalOptions options);
}
