package io.ironbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ironbook}: the root command, holding the global options every subcommand inherits. */
@Command(name = "ironbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "Operate bare-metal Kubernetes: live node state, gated runbooks over SSH and the API,"
                + " and cascade diagnosis from evidence.",
        subcommands = {RunbooksCommand.class, NodesCommand.class, CordonCommand.class, UncordonCommand.class, DrainCommand.class,
                ExecCommand.class, DiagnoseCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    RootCommand(GlobalOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    GlobalOptions options() {
        return options;
    }
}
