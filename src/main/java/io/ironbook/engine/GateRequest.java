package io.ironbook.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a gate shows the operator, resolved: the step, what will happen (the exact commands and the
 * hosts, a drain's dry run), and what answers it.
 *
 * @param stepId       the step
 * @param title        the step's title, params filled in
 * @param typedText    for a typed gate, the exact text the operator must type; empty for a confirm gate
 * @param whatHappens  lines that say what will happen, in order (for a manual step: what to do)
 * @param manual       true for a manual step: the operator says when the work is done
 */
public record GateRequest(String stepId, String title, Optional<String> typedText, List<String> whatHappens,
                          boolean manual) {

    /** A confirm or typed gate. */
    public GateRequest(String stepId, String title, Optional<String> typedText, List<String> whatHappens) {
        this(stepId, title, typedText, whatHappens, false);
    }

    /** A manual step: the instructions, answered yes when the operator has done the work. */
    public static GateRequest manual(String stepId, String title, List<String> instructions) {
        return new GateRequest(stepId, title, Optional.empty(), instructions, true);
    }

    public GateRequest {
        Objects.requireNonNull(stepId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(typedText);
        whatHappens = List.copyOf(whatHappens);
    }

    public boolean typed() {
        return typedText.isPresent();
    }
}
