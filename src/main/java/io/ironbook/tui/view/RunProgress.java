package io.ironbook.tui.view;

import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunStatus;
import io.ironbook.engine.StepStatus;
import io.ironbook.runbook.Param;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the run screen knows of one run, built from its events: each step's state, nodes and duration, the
 * current wait, the latest output lines (bounded: the oldest are dropped, the full output stays in the
 * journal's side file), and how the run ended. Applied on the GUI thread only.
 */
final class RunProgress {
    /** Output lines kept for the screen. */
    static final int OUTPUT_LIMIT = 5000;

    /** One step as the screen shows it. */
    record StepRow(String id, String title, StepStatus status, List<String> nodes, Optional<Instant> started,
            Optional<Duration> duration, String summary) {
    }

    /** One line of output. */
    record Output(String node, String stream, String text) {
        /** {@code [worker-1] text}, {@code [worker-1 err] text} for standard error. */
        String display() {
            String prefix = node.isEmpty() ? "" : "[" + node + ("stderr".equals(stream) ? " err" : "") + "] ";
            return prefix + text;
        }
    }

    /** A wait under way. */
    record Wait(String stepId, String what, Duration elapsed, Instant seen) {
    }

    private final String title;
    private final Map<String, StepRow> steps = new LinkedHashMap<>();
    private final Deque<Output> output = new ArrayDeque<>();
    private long dropped;
    private String runId = "";
    private Optional<String> current = Optional.empty();
    private Optional<Wait> wait = Optional.empty();
    private Optional<RunEvent.RunFinished> finished = Optional.empty();
    private Optional<String> failure = Optional.empty();
    private Optional<Instant> started = Optional.empty();

    /** A run of {@code runbook}: every step pending until the events say otherwise. */
    RunProgress(Runbook runbook, String title, Map<String, String> params) {
        this(runbook.steps(), title, shown(runbook, params));
    }

    /**
     * A run of these steps (none for a run that could not be opened).
     *
     * @param params the values that fill the steps' titles (secrets already masked)
     */
    RunProgress(List<Step> stepList, String title, Map<String, String> params) {
        this.title = title;
        for (Step step : stepList) {
            String text = step.title().isBlank() ? step.id() : step.title();
            try {
                text = Template.renderPlain(text, name -> params.getOrDefault(name, "{{" + name + "}}"));
            } catch (IllegalArgumentException e) {
                // a malformed title is shown as written
            }
            steps.put(step.id(), new StepRow(step.id(), text, StepStatus.PENDING, List.of(), Optional.empty(),
                    Optional.empty(), ""));
        }
    }

    /** The params as a screen may show them: defaults filled in, secrets masked. */
    static Map<String, String> shown(Runbook runbook, Map<String, String> params) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Param param : runbook.params()) {
            Optional<String> value = Optional.ofNullable(params.get(param.name())).or(param::defaultValue);
            value.ifPresent(v -> shown.put(param.name(), param.secret() ? "***" : v));
        }
        return shown;
    }

    /** Applies one event. */
    void apply(RunEvent event) {
        if (event instanceof RunEvent.RunStarted e) {
            runId = e.runId();
            started = started.or(() -> Optional.of(e.at()));
            finished = Optional.empty();
        } else if (event instanceof RunEvent.StepStarted e) {
            StepRow old = row(e.stepId(), e.title());
            steps.put(e.stepId(), new StepRow(e.stepId(), e.title().isBlank() ? old.title() : e.title(),
                    StepStatus.RUNNING, e.nodes(), Optional.of(e.at()), Optional.empty(), ""));
            current = Optional.of(e.stepId());
            wait = Optional.empty();
        } else if (event instanceof RunEvent.OutputLine e) {
            append(new Output(e.node(), e.stream(), e.text()));
        } else if (event instanceof RunEvent.Waiting e) {
            wait = Optional.of(new Wait(e.stepId(), e.what(), e.elapsed(), e.at()));
            status(e.stepId(), StepStatus.WAITING);
        } else if (event instanceof RunEvent.GateAsked e) {
            status(e.stepId(), StepStatus.GATED);
            StepRow row = row(e.stepId(), e.stepId());
            // asked again (a resumed run): what an earlier attempt said no longer stands
            steps.put(e.stepId(), new StepRow(row.id(), e.request().title().isBlank() ? row.title()
                    : e.request().title(), row.status(), row.nodes(), row.started(), Optional.empty(), ""));
            current = Optional.of(e.stepId());
        } else if (event instanceof RunEvent.GateAnswered e) {
            append(new Output("", "gate", "gate " + e.stepId() + ": " + (e.accepted() ? "accepted" : "declined")
                    + " (" + e.how() + ")"));
            if (e.accepted()) {
                status(e.stepId(), StepStatus.RUNNING);
            }
        } else if (event instanceof RunEvent.StepFinished e) {
            StepRow old = row(e.stepId(), e.stepId());
            steps.put(e.stepId(), new StepRow(old.id(), old.title(), e.status(), old.nodes(), old.started(),
                    Optional.of(e.duration()), e.summary()));
            wait = wait.filter(w -> !w.stepId().equals(e.stepId()));
        } else if (event instanceof RunEvent.RunFinished e) {
            finished = Optional.of(e);
            wait = Optional.empty();
        }
    }

    /** The run could not start or crashed: the engine's one line. */
    void failed(String message) {
        failure = Optional.of(message);
        wait = Optional.empty();
    }

    private void append(Output line) {
        output.addLast(line);
        if (output.size() > OUTPUT_LIMIT) {
            output.removeFirst();
            dropped++;
        }
    }

    private StepRow row(String id, String title) {
        return steps.getOrDefault(id, new StepRow(id, title, StepStatus.PENDING, List.of(), Optional.empty(),
                Optional.empty(), ""));
    }

    private void status(String stepId, StepStatus status) {
        StepRow old = row(stepId, stepId);
        steps.put(stepId, new StepRow(old.id(), old.title(), status, old.nodes(), old.started(), old.duration(),
                old.summary()));
    }

    String title() {
        return title;
    }

    String runId() {
        return runId;
    }

    List<StepRow> steps() {
        return new ArrayList<>(steps.values());
    }

    /** The step running, waiting or gated now (or the last one that did). */
    Optional<String> current() {
        return current;
    }

    Optional<Wait> waiting() {
        return wait;
    }

    List<Output> output() {
        return new ArrayList<>(output);
    }

    /** Output lines dropped from the screen's memory (they remain in the journal's side file). */
    long dropped() {
        return dropped;
    }

    Optional<RunEvent.RunFinished> finished() {
        return finished;
    }

    Optional<String> failure() {
        return failure;
    }

    Optional<Instant> started() {
        return started;
    }

    /** Whether the run is still going (neither finished nor failed to start). */
    boolean active() {
        return finished.isEmpty() && failure.isEmpty();
    }

    /** One line: where the run stands, e.g. "2 of 9 steps done, now drain", "succeeded", "declined: …". */
    String state() {
        if (failure.isPresent()) {
            return "did not run: " + failure.get();
        }
        if (finished.isPresent()) {
            RunEvent.RunFinished end = finished.get();
            String status = end.status().name().toLowerCase(Locale.ROOT);
            return end.message().isBlank() || end.status() == RunStatus.SUCCEEDED ? status : status + ": " + end.message();
        }
        List<StepRow> rows = steps();
        int done = (int) rows.stream().filter(row -> row.status().complete()).count();
        return done + " of " + rows.size() + " steps done" + current.map(id -> ", now " + id).orElse("");
    }
}
