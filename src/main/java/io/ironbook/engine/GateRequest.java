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
 * @param whatHappens  lines that say what will happen, in order
 */
public record GateRequest(String stepId, String title, Optional<String> typedText, List<String> whatHappens) {

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
