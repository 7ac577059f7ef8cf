package io.ironbook.cli;

import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunListener;
import io.ironbook.engine.StepStatus;
import io.ironbook.runbook.GoDuration;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a run's events as readable lines: a header per step, node-prefixed output, waits with the
 * time elapsed (at most every few seconds), each step's outcome and the run's end.
 */
final class RunPrinter implements RunListener {
    private static final Duration WAIT_EVERY = Duration.ofSeconds(10);
    private final PrintWriter out;
    private final Glyphs glyphs;
    private final Map<String, Duration> lastWait = new ConcurrentHashMap<>();

    RunPrinter(PrintWriter out, Glyphs glyphs) {
        this.out = out;
        this.glyphs = glyphs;
    }

    @Override
    public void onEvent(RunEvent event) {
        synchronized (out) {
            print(event);
            out.flush();
        }
    }

    private void print(RunEvent event) {
        if (event instanceof RunEvent.RunStarted e) {
            out.println("run " + e.runId() + ": " + e.runbook() + "@" + e.version() + (e.params().isEmpty() ? "" : " " + e.params()));
        } else if (event instanceof RunEvent.StepStarted e) {
            out.println();
            out.println("==> " + e.stepId() + " " + glyphs.dot() + " " + e.title()
                    + (e.nodes().isEmpty() ? "" : "  [" + String.join(", ", e.nodes()) + "]"));
        } else if (event instanceof RunEvent.OutputLine e) {
            String node = e.node().isEmpty() ? "" : e.node() + " | ";
            out.println("    " + node + (e.stream().equals("stderr") ? "! " : "") + e.text());
        } else if (event instanceof RunEvent.Waiting e) {
            Duration last = lastWait.get(e.stepId());
            if (last == null || e.elapsed().minus(last).compareTo(WAIT_EVERY) >= 0 || e.elapsed().isZero()) {
                lastWait.put(e.stepId(), e.elapsed());
                out.println("    " + glyphs.dot() + " waiting " + GoDuration.format(e.elapsed().withNanos(0)) + ": " + e.what());
            }
        } else if (event instanceof RunEvent.GateAnswered e) {
            out.println("    gate " + (e.accepted() ? "accepted" : "declined") + " (" + e.how() + ")");
        } else if (event instanceof RunEvent.StepFinished e) {
            String took = GoDuration.format(e.duration().withNanos(e.duration().toMillisPart() * 1_000_000));
            if (e.status() == StepStatus.DONE) {
                out.println("    " + glyphs.check() + " done in " + took + (e.summary().isEmpty() ? "" : ": " + e.summary()));
            } else if (e.status() == StepStatus.SKIPPED) {
                out.println("    - " + e.stepId() + " skipped: " + e.summary());
            } else {
                out.println("    FAILED after " + took + ": " + e.summary());
            }
        } else if (event instanceof RunEvent.RunFinished e) {
            out.println();
            out.println("run " + e.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.message());
        }
    }
}
