package io.ironbook.cli;

import io.ironbook.runbook.RunbookException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit status of the contract. Stack traces go
 * to the log file, never to the terminal.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final Path logFile;

    ErrorReporter(Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        err.println("error: " + oneLine(ex.getMessage()) + " (see '" + help + "')");
        err.flush();
        LOG.info("bad command line: {}", ex.getMessage());
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (ex instanceof UserError userError) {
            code = userError.exitCode();
            message = userError.getMessage();
            LOG.info("{}", message, ex);
        } else if (ex instanceof RunbookException runbookError) {
            code = ExitCodes.USAGE;
            message = runbookError.getMessage();
            LOG.info("{}", message, ex);
        } else {
            code = ExitCodes.FAILED;
            message = "internal error: " + ex + " (details in " + logFile + ")";
            LOG.error("internal error", ex);
        }
        err.println("error: " + oneLine(message));
        err.flush();
        return code;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
