package io.ironbook.engine;

import io.ironbook.runbook.Runbook;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one run while it goes: its id, params, facts, and the one place events leave from
 * (the journal first, then the listener).
 */
final class RunContext {
    private final String runId;
    private final Runbook runbook;
    private final EngineDeps deps;
    private final RunOptions options;
    private final Journal journal;
    private final Redactor redactor;
    private final BoundParams params;
    private final java.util.List<BoundParams> secretSources;
    private final Map<String, String> facts = new ConcurrentHashMap<>();
    private volatile boolean cancelled;
    private volatile RunLocks locks;

    RunContext(String runId, Runbook runbook, BoundParams params, EngineDeps deps, RunOptions options, Journal journal,
               Redactor redactor, java.util.List<BoundParams> secretSources) {
        this.params = params;
        this.secretSources = secretSources;
        this.runId = runId;
        this.runbook = runbook;
        this.deps = deps;
        this.options = options;
        this.journal = journal;
        this.redactor = redactor;
    }

    String runId() {
        return runId;
    }

    Runbook runbook() {
        return runbook;
    }

    /** The run's node locks (none in a dry run). */
    Optional<RunLocks> locks() {
        return Optional.ofNullable(locks);
    }

    void locks(RunLocks runLocks) {
        this.locks = runLocks;
    }

    EngineDeps deps() {
        return deps;
    }

    RunOptions options() {
        return options;
    }

    Instant now() {
        return deps.clock().instant();
    }

    /** Sends an event to the journal (forced to disk) and then to the listener, secrets redacted. */
    void emit(RunEvent event) {
        if (journal != null) {
            journal.onEvent(event);
        }
        options.listener().onEvent(redacted(event));
    }

    private RunEvent redacted(RunEvent event) {
        if (event instanceof RunEvent.OutputLine line) {
            return new RunEvent.OutputLine(line.at(), line.stepId(), line.node(), line.stream(), redactor.redact(line.text()));
        }
        if (event instanceof RunEvent.StepFinished f) {
            return new RunEvent.StepFinished(f.at(), f.stepId(), f.status(), redactor.redact(f.summary()), f.duration());
        }
        return event;
    }

    void output(String stepId, String node, String stream, String text) {
        emit(new RunEvent.OutputLine(now(), stepId, node, stream, text));
    }

    void waiting(String stepId, String what, Duration elapsed) {
        emit(new RunEvent.Waiting(now(), stepId, what, elapsed));
    }

    void fact(String name, String value) {
        facts.put(name, value);
        emit(new RunEvent.FactRecorded(now(), name, value));
    }

    Optional<String> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    void restoreFacts(Map<String, String> recorded) {
        facts.putAll(recorded);
    }

    BoundParams params() {
        return params;
    }

    /** Makes the secrets of a nested runbook's params known to the redactor. */
    void track(BoundParams nested) {
        secretSources.add(nested);
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    Redactor redactor() {
        return redactor;
    }
}
