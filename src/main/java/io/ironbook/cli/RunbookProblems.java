package io.ironbook.cli;

import io.ironbook.runbook.RunbookException;
import java.io.PrintWriter;
import java.util.List;

/** Prints the catalogue's unusable files, one line each. */
final class RunbookProblems {

    private RunbookProblems() {
    }

    /** Prints the problems and returns 2 when there are any, else 0. */
    static int report(List<RunbookException> problems, PrintWriter err) {
        for (RunbookException problem : problems) {
            err.println("error: " + problem.getMessage());
        }
        err.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
