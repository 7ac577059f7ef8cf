package io.ironbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ironbook}: the root command, holding the global options every subcommand inherits; alone, it opens
 * the console.
 */
@Command(name = "ironbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "Operate bare-metal Kubernetes: live node state, gated runbooks over SSH and the API,"
                + " and cascade diagnosis from evidence.",
        subcommands = {RunbooksCommand.class, NodesCommand.class, CordonCommand.class, UncordonCommand.class, DrainCommand.class, ExecCommand.class, DiagnoseCommand.class, LabCommand.class, ConsoleCommand.class, RunCommand.class, JournalCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    private final GlobalOptions options;


    private final Services services;

    RootCommand(GlobalOptions options, Services services) {
        this.options = options;
        this.services = services;
    }

    /** {@code ironbook} alone opens the console, as {@code ironbook console} does. */
    @Override
    public Integer call() {
        return ConsoleLauncher.open(services, options);
    }

    GlobalOptions options() {
        return options;
    }
}
