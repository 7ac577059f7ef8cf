package io.ironbook.runbook;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a runbook.
 *
 * @param id          unique in the runbook, kebab-case
 * @param title       what the step does, in a line (may hold {@code {{param}}})
 * @param why         why it is done, shown before it runs
 * @param phase       a short label for the runbook's lifecycle line ("drain", "shutdown"); defaults to the id
 * @param action      what it does
 * @param destructive whether it changes the cluster or a node in a way that hurts if misfired
 * @param gate        what the operator must do before it runs; always present when destructive
 * @param timeout     how long it may take, when bounded
 * @param onFailure   what happens when it fails
 * @param when        param values the step runs under ({@code {cni: calico}}); empty means always
 * @param line        the line of the step in its file, for messages
 */
public record Step(String id, String title, String why, String phase, StepAction action, boolean destructive,
                   Optional<Gate> gate, Optional<Duration> timeout, FailurePolicy onFailure,
                   Map<String, String> when, int line) {

    public Step {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        why = why == null ? "" : why;
        phase = phase == null || phase.isBlank() ? id : phase;
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(onFailure, "onFailure");
        when = Map.copyOf(when);
    }

    public StepKind kind() {
        return action.kind();
    }
}
