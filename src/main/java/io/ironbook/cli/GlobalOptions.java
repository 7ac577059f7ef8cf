package io.ironbook.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global options of the command-line contract. They are inherited by every subcommand, so they
 * may stand before or after the subcommand's name.
 */
public final class GlobalOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "kubeconfig context to use (default: the current context)")
    String context;

    @Option(names = "--inventory", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Ansible inventory, INI or YAML, that names the nodes' SSH targets")
    Path inventory;

    @Option(names = "--ssh-config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "OpenSSH client config (default: ~/.ssh/config)")
    Path sshConfig;

    @Option(names = "--known-hosts", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "extra known_hosts file, read besides ~/.ssh/known_hosts")
    Path knownHosts;

    @Option(names = "--runbooks", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "folder of runbooks that override the shipped and user ones by id")
    Path runbooksDir;

    @Option(names = "--theme", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "console theme (default: dark)")
    String theme;

    @Option(names = "--read-only", scope = ScopeType.INHERIT,
            description = "offer no action that changes anything")
    boolean readOnly;

    @Option(names = "-v", scope = ScopeType.INHERIT,
            description = "more detail in the log file (repeat for more)")
    boolean[] verbosity = new boolean[0];

    /**
     * These options pointed at a lab's files (kubeconfig, inventory, ssh_config, known_hosts), keeping the
     * operator's theme, read-only mode, runbooks and verbosity: how {@code ironbook lab} opens its console.
     */
    GlobalOptions onLab(Path labKubeconfig, Path labInventory, Path labSshConfig, Path labKnownHosts) {
        GlobalOptions copy = new GlobalOptions();
        copy.kubeconfig = labKubeconfig;
        copy.context = null;
        copy.inventory = labInventory;
        copy.sshConfig = labSshConfig;
        copy.knownHosts = labKnownHosts;
        copy.runbooksDir = runbooksDir;
        copy.theme = theme;
        copy.readOnly = readOnly;
        copy.verbosity = verbosity.clone();
        return copy;
    }

    public Optional<Path> kubeconfig() {
        return Optional.ofNullable(kubeconfig);
    }

    public Optional<String> context() {
        return Optional.ofNullable(context);
    }

    public Optional<Path> inventory() {
        return Optional.ofNullable(inventory);
    }

    public Optional<Path> sshConfig() {
        return Optional.ofNullable(sshConfig);
    }

    public Optional<Path> knownHosts() {
        return Optional.ofNullable(knownHosts);
    }

    public Optional<Path> runbooksDir() {
        return Optional.ofNullable(runbooksDir);
    }

    public Optional<String> theme() {
        return Optional.ofNullable(theme);
    }

    public boolean readOnly() {
        return readOnly;
    }

    public int verbosity() {
        return verbosity.length;
    }
}
