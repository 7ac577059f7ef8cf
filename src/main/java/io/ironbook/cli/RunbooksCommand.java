package io.ironbook.cli;

import picocli.CommandLine.Command;

/** {@code ironbook runbooks}: the catalogue of runbooks. */
@Command(name = "runbooks",
        description = "The runbook catalogue: list it, show one runbook, or validate runbook files.",
        subcommands = {RunbooksListCommand.class, RunbooksShowCommand.class, RunbooksValidateCommand.class})
final class RunbooksCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, show or validate");
    }
}
