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
     * A gateway to the cluster that {@code --kubeconfig} / {@code KUBECONFIG} / {@code ~/.kube/config} and
     * {@code --context} name; the caller closes it. Throws {@code ClusterException} (kind CONFIG) for a
     * missing file or an unknown context.
     */
    ClusterGateway cluster(GlobalOptions options);

    /** Who is at the keyboard, as {@code user@host}: recorded on the nodes ironbook cordons. */
    String operator();

    /** Whether standard output is a terminal (colour allowed), rather than a pipe or a file. */
    boolean stdoutIsTerminal();
}
