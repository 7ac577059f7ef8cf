package io.ironbook.cli;

import io.ironbook.remote.CommandResult;
import io.ironbook.remote.FanOut;
import io.ironbook.remote.OutputStreamKind;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Prints what {@code exec} hears: each output line prefixed by its node as it arrives (stdout lines on
 * stdout, stderr lines on stderr), each node's failure when it happens, and the summary table.
 */
final class ExecPrinter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final int width;

    ExecPrinter(PrintWriter out, PrintWriter err, List<String> nodes) {
        this.out = out;
        this.err = err;
        this.width = Math.max(4, nodes.stream().mapToInt(String::length).max().orElse(4));
    }

    private String prefix(String node) {
        return String.format("%-" + width + "s | ", node);
    }

    synchronized void line(String node, OutputStreamKind stream, String line) {
        PrintWriter target = stream == OutputStreamKind.STDOUT ? out : err;
        target.println(prefix(node) + line);
        target.flush();
    }

    synchronized void finished(FanOut.NodeOutcome outcome) {
        outcome.error().ifPresent(error -> {
            err.println(prefix(outcome.node()) + "error: " + error);
            err.flush();
        });
    }

    synchronized void summary(List<FanOut.NodeOutcome> outcomes) {
        int statusWidth = "STATUS".length();
        for (FanOut.NodeOutcome outcome : outcomes) {
            statusWidth = Math.max(statusWidth, status(outcome).length());
        }
        String format = "%-" + width + "s  %-" + statusWidth + "s  %8s  %s%n";
        out.println();
        out.printf(format, "NODE", "STATUS", "DURATION", "ERROR");
        int ok = 0;
        for (FanOut.NodeOutcome outcome : outcomes) {
            if (outcome.succeeded()) {
                ok++;
            }
            out.printf(format, outcome.node(), status(outcome), seconds(outcome.duration()), outcome.error().orElse(""));
        }
        out.printf("%d node%s: %d succeeded, %d failed%n", outcomes.size(), outcomes.size() == 1 ? "" : "s", ok,
                outcomes.size() - ok);
        out.flush();
    }

    private static String status(FanOut.NodeOutcome outcome) {
        if (outcome.result().isPresent()) {
            CommandResult result = outcome.result().get();
            return result.summary();
        }
        return outcome.failure().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("error");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2fs", duration.toMillis() / 1000.0);
    }
}
