package io.ironbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ironbook journal}: past and interrupted runs. */
@Command(name = "journal", description = "Past and interrupted runs: list them, show one, resume one.",
        subcommands = {JournalListCommand.class, JournalShowCommand.class, JournalResumeCommand.class})
final class JournalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, show or resume");
    }
}
