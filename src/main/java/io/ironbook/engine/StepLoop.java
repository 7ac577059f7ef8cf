package io.ironbook.engine;

import io.ironbook.runbook.FailurePolicy;
import io.ironbook.runbook.Gate.Typed;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookRef;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import io.ironbook.runbook.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Goes through a runbook's steps in order: skips steps whose {@code when} does not hold, asks the
 * gate before gated steps (nothing runs when it is declined), runs each step with its executor,
 * retries or continues or hands over as {@code onFailure} says, and runs nested runbooks inline.
 */
final class StepLoop {

    /** How the steps ended. */
    record Ending(RunStatus status, String message) {
    }

    private final Map<StepKind, StepExecutor> executors = new EnumMap<>(StepKind.class);

    StepLoop() {
        executors.put(StepKind.KUBE, new KubeStepExecutor());
        executors.put(StepKind.SSH, new SshStepExecutor());
        executors.put(StepKind.WAIT, new WaitStepExecutor());
        executors.put(StepKind.DIAGNOSE, new DiagnoseStepExecutor());
        executors.put(StepKind.MANUAL, new ManualStepExecutor());
    }

    Ending run(Runbook runbook, BoundParams params, RunContext run, String prefix, Set<String> done)
            throws InterruptedException {
        int count = 0;
        for (Step step : runbook.steps()) {
            String id = prefix + step.id();
            if (done.contains(id)) {
                continue;
            }
            if (run.cancelled()) {
                throw new InterruptedException("cancelled");
            }
            Optional<String> skip = skipReason(step, params);
            if (skip.isPresent()) {
                run.emit(new RunEvent.StepFinished(run.now(), id, StepStatus.SKIPPED, skip.get(), Duration.ZERO));
                continue;
            }
            Ending ending = runStep(step, id, params, run);
            if (ending != null) {
                return ending;
            }
            count++;
        }
        return new Ending(RunStatus.SUCCEEDED, runbook.id() + ": " + count + " steps done");
    }

    private static Optional<String> skipReason(Step step, BoundParams params) {
        for (Map.Entry<String, String> condition : step.when().entrySet()) {
            String actual = params.value(condition.getKey()).orElse("");
            if (!actual.equals(condition.getValue())) {
                return Optional.of("only when " + condition.getKey() + " = " + condition.getValue() + " (it is " + actual + ")");
            }
        }
        return Optional.empty();
    }

    /** Runs one step; returns the run's ending when the run must stop here, else null. */
    private Ending runStep(Step step, String id, BoundParams params, RunContext run) throws InterruptedException {
        StepText shown = StepText.forShowing(params);
        StepText real = StepText.forRunning(params);
        List<String> nodes = StepNodes.of(step, run, params);
        String title = shown.plain(step.title().isBlank() ? step.id() : step.title(), Optional.empty());
        if (step.action() instanceof StepAction.Kube || step.action() instanceof StepAction.Ssh) {
            run.locks().ifPresent(l -> l.ensure(id, nodes));
        }
        Interlocks.check(step, nodes, run);
        if (step.gate().isPresent()) {
            Optional<String> typed = step.gate().get() instanceof Typed t ? Optional.of(real.plain(t.text(), Optional.empty()))
                    : Optional.empty();
            GateRequest request = new GateRequest(id, title, typed, GatePreview.lines(step, nodes, shown, run.deps(), run));
            if (!open(request, run)) {
                run.emit(new RunEvent.StepFinished(run.now(), id, StepStatus.SKIPPED, "gate declined: nothing ran", Duration.ZERO));
                return new Ending(RunStatus.DECLINED, "the gate of step '" + id + "' was declined; the run stopped before it");
            }
        }
        run.emit(new RunEvent.StepStarted(run.now(), id, title, nodes));
        Instant started = run.now();
        StepOutcome outcome;
        try {
            outcome = attempt(step, id, nodes, real, params, run);
        } catch (GateDeclinedException e) {
            run.emit(new RunEvent.StepFinished(run.now(), id, StepStatus.FAILED, e.getMessage(), Duration.between(started, run.now())));
            return new Ending(RunStatus.DECLINED, e.getMessage());
        }
        Duration took = Duration.between(started, run.now());
        run.emit(new RunEvent.StepFinished(run.now(), id, outcome.ok() ? StepStatus.DONE : StepStatus.FAILED, outcome.summary(), took));
        if (outcome.ok()) {
            return null;
        }
        if (Thread.interrupted()) {
            // an adapter turned the operator's cancel into a failed call: the run was cancelled, not broken
            throw new InterruptedException("step '" + id + "' interrupted");
        }
        FailurePolicy policy = step.onFailure();
        if (policy.kind() == FailurePolicy.Kind.CONTINUE) {
            return null;
        }
        if (policy.kind() == FailurePolicy.Kind.RUNBOOK) {
            return handOver(policy.handover().orElseThrow(), id, params, run);
        }
        return new Ending(RunStatus.FAILED, "step '" + id + "' failed: " + outcome.summary());
    }

    private static boolean open(GateRequest request, RunContext run) throws InterruptedException {
        run.emit(new RunEvent.GateAsked(run.now(), request.stepId(), request));
        GateAnswer answer;
        if (!request.typed() && run.options().assumeYes()) {
            answer = GateAnswer.confirmed("--yes");
        } else {
            answer = run.options().gate().ask(request);
        }
        boolean accepted = answer.accepted() && (!request.typed() || request.typedText().get().equals(answer.typed()));
        String how = answer.how() + (answer.accepted() && !accepted ? ": the typed text did not match" : "");
        run.emit(new RunEvent.GateAnswered(run.now(), request.stepId(), accepted, how));
        return accepted;
    }

    private StepOutcome attempt(Step step, String id, List<String> nodes, StepText text, BoundParams params, RunContext run)
            throws InterruptedException {
        FailurePolicy policy = step.onFailure();
        int attempts = policy.kind() == FailurePolicy.Kind.RETRY ? policy.retries() + 1 : 1;
        StepOutcome outcome = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                run.waiting(id, "retry " + (attempt - 1) + " of " + policy.retries() + " after: " + outcome.summary(),
                        Duration.ZERO);
                Thread.sleep(policy.retryDelay().toMillis());
            }
            outcome = once(step, id, nodes, text, params, run);
            if (outcome.ok()) {
                return outcome;
            }
        }
        return outcome;
    }

    private StepOutcome once(Step step, String id, List<String> nodes, StepText text, BoundParams params, RunContext run)
            throws InterruptedException {
        try {
            if (step.action() instanceof StepAction.Nested nested) {
                return nested(nested, id, params, run);
            }
            Step named = new Step(id, step.title(), step.why(), step.phase(), step.action(), step.destructive(), step.gate(),
                    step.timeout(), step.onFailure(), step.when(), step.line());
            return executors.get(step.kind()).execute(named, nodes, text, run);
        } catch (GateDeclinedException | RunRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            return StepOutcome.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private StepOutcome nested(StepAction.Nested nested, String id, BoundParams params, RunContext run)
            throws InterruptedException {
        Runbook child = resolve(nested.runbook(), run);
        Map<String, String> values = new LinkedHashMap<>();
        StepText text = StepText.forRunning(params);
        nested.params().forEach((k, v) -> values.put(k, text.plain(v, Optional.empty())));
        BoundParams childParams = ParamBinder.bind(child, values);
        run.track(childParams);
        Ending ending = run(child, childParams, run, id + "/", Set.of());
        if (ending.status() == RunStatus.DECLINED) {
            throw new GateDeclinedException(id, ending.message());
        }
        return ending.status() == RunStatus.SUCCEEDED ? StepOutcome.ok(ending.message()) : StepOutcome.failed(ending.message());
    }

    private Ending handOver(RunbookRef ref, String id, BoundParams params, RunContext run) throws InterruptedException {
        Runbook next = resolve(ref, run);
        Map<String, String> values = new LinkedHashMap<>();
        next.params().forEach(p -> params.value(p.name()).ifPresent(v -> values.put(p.name(), v)));
        run.output(id, "", "stdout", "step '" + id + "' failed: handing over to " + next.ref());
        BoundParams nextParams = ParamBinder.bind(next, values);
        run.track(nextParams);
        Ending ending = run(next, nextParams, run, id + "/" + next.id() + "/", Set.of());
        return new Ending(ending.status() == RunStatus.SUCCEEDED ? RunStatus.FAILED : ending.status(),
                "step '" + id + "' failed; handed over to " + next.ref() + ": " + ending.message());
    }

    private static Runbook resolve(RunbookRef ref, RunContext run) {
        return (ref.version().isPresent() ? run.deps().catalogue().find(ref.id(), ref.version().get())
                : run.deps().catalogue().find(ref.id()))
                .orElseThrow(() -> new RunRefusedException(RunRefusedException.Reason.BAD_INPUT, "no runbook " + ref + " in the catalogue"));
    }
}
