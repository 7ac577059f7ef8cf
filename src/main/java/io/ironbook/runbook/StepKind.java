package io.ironbook.runbook;

import java.util.Locale;
import java.util.Optional;

/** The kinds of step, as written in {@code kind:}. */
public enum StepKind {
    /** An action through the Kubernetes API: cordon, uncordon, drain, waits. */
    KUBE,
    /** A command on nodes over SSH. */
    SSH,
    /** A diagnosis of nodes that must not show certain findings. */
    DIAGNOSE,
    /** Work the operator does by hand, confirmed when done. */
    MANUAL,
    /** A wait for conditions: node Ready, boot id changed, SSH reachable. */
    WAIT,
    /** Another runbook, run as one step. */
    RUNBOOK;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StepKind> fromYaml(String text) {
        for (StepKind kind : values()) {
            if (kind.yamlName().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
