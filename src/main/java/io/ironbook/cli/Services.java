package io.ironbook.cli;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.config.IronbookPaths;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.TargetResolver;
import io.ironbook.diagnose.RemediationIndex;
import java.io.InputStream;

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

    /**
     * Resolves node names to SSH targets from {@code --inventory}, {@code --ssh-config} (default
     * {@code ~/.ssh/config}) and, for nodes no file names, the cluster.
     */
    TargetResolver targets(GlobalOptions options);

    /**
     * A new SSH shell with the operator's known_hosts (plus {@code --known-hosts}), keys and agent;
     * the caller closes it.
     */
    RemoteShell remoteShell(GlobalOptions options, PassphrasePrompt prompt);

    /**
     * The runbooks that remedy each finding (their {@code appliesTo}), for the diagnosis report's
     * "next:" line; by default the runbook catalogue (shipped, user folder, {@code --runbooks DIR}).
     */
    default RemediationIndex remediation(GlobalOptions options) {
        return CatalogueRemediation.load(paths(), options);
    }

    /** Starts the built-in simulated cluster. */
    LabLauncher labLauncher();

    /** The operator's input (control commands for {@code ironbook lab}). */
    InputStream stdin();

    /**
     * Live diagnosis of a node for runbooks' {@code diagnose} steps: collects its evidence over SSH
     * and the API into a temporary bundle, then analyses it.
     */
    default io.ironbook.engine.NodeDiagnoser nodeDiagnoser(GlobalOptions options, java.util.Optional<ClusterGateway> cluster,
            RemoteShell shell, java.util.function.Function<String, io.ironbook.remote.SshTarget> targets) {
        return new LiveDiagnoser(cluster, shell, targets, operator());
    }
}
