package io.ironbook.cli;

import io.ironbook.engine.Gate;
import io.ironbook.engine.GateAnswer;
import io.ironbook.engine.GateRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Gates as prompts in line mode: it shows what will happen, then reads one line. A confirm gate opens
 * on {@code y} or {@code yes}; a typed gate hands the typed text to the engine, which compares it; a
 * manual step goes on on {@code done}. Anything else, or the end of the input, declines.
 */
final class LineGate implements Gate {
    private final BufferedReader in;
    private final PrintWriter out;
    private final String how;

    LineGate(BufferedReader in, PrintWriter out, boolean terminal) {
        this.in = in;
        this.out = out;
        this.how = terminal ? "terminal" : "stdin";
    }

    @Override
    public GateAnswer ask(GateRequest request) throws InterruptedException {
        synchronized (out) {
            out.println();
            out.println(request.manual() ? "  BY HAND: " + request.title() : "  GATE: " + request.title());
            for (String line : request.whatHappens()) {
                out.println("  | " + line);
            }
            if (request.manual()) {
                out.print("  Type 'done' when the work is done (anything else stops the run): ");
            } else if (request.typed()) {
                out.print("  Type '" + request.typedText().orElseThrow() + "' to go on (anything else stops the run): ");
            } else {
                out.print("  Go on? [y/N]: ");
            }
            out.flush();
        }
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            return GateAnswer.declined(how + " could not be read: " + e.getMessage());
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted at a gate");
        }
        if (line == null) {
            out.println();
            return GateAnswer.declined(how + " closed");
        }
        String answer = line.strip();
        if (how.equals("stdin")) {
            synchronized (out) {
                out.println(request.typed() || request.manual() ? answer : answer.isEmpty() ? "(nothing)" : answer);
                out.flush();
            }
        }
        if (request.manual()) {
            return answer.equalsIgnoreCase("done") ? GateAnswer.confirmed(how) : GateAnswer.declined(how);
        }
        if (request.typed()) {
            return answer.isEmpty() ? GateAnswer.declined(how) : GateAnswer.typed(answer, how);
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        return lower.equals("y") || lower.equals("yes") ? GateAnswer.confirmed(how) : GateAnswer.declined(how);
    }
}
