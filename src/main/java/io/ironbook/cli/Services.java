package io.ironbook.cli;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.collect.BundleCollector;
import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.engine.CollectingDiagnoser;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshTarget;
import io.ironbook.remote.TargetResolver;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

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
    default TargetResolver targets(GlobalOptions options) {
        return targets(options, TargetResolver.AddressLookup.NONE);
    }

    /**
     * As {@link #targets(GlobalOptions)}, with {@code cluster} answering the address of a node that no
     * file names (its InternalIP).
     */
    TargetResolver targets(GlobalOptions options, TargetResolver.AddressLookup cluster);

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
     * and the API into a bundle kept beside the run journals, then analyses it.
     */
    default CollectingDiagnoser nodeDiagnoser(GlobalOptions options, Optional<ClusterGateway> cluster,
            RemoteShell shell, Function<String, SshTarget> targets) {
        return new CollectingDiagnoser(new BundleCollector(cluster, shell, targets, Clock.systemUTC(), operator()),
                Diagnoser.withShippedRules(remediation(options)), paths().runsDir().resolve("bundles"), Clock.systemUTC());
    }
}
