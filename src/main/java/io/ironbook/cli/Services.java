package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.TargetResolver;

/**
 * What the commands need from the outside world, built by the composition root. Commands ask for an
 * adapter when they run, so that a command that needs no cluster never reads a kubeconfig.
 */
public interface Services {

    /** The folders ironbook reads and writes. */
    IronbookPaths paths();

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

}
