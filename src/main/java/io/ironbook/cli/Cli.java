package io.ironbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the picocli command tree and runs one command line. */
public final class Cli {
    private final Services services;

    public Cli(Services services) {
        this.services = services;
    }

    /**
     * Runs the command line and returns its exit status; nothing is thrown for a failure the
     * operator caused, and output goes to the given writers.
     */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        GlobalOptions options = new GlobalOptions();
        CommandLine commandLine = new CommandLine(new RootCommand(options, services), new CommandFactory(services, options));
        ErrorReporter reporter = new ErrorReporter(services.paths().logFile());
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
