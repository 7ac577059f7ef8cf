package io.ironbook.runbook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an {@code ssh} step's result must look like to count as success. Without one, success is exit
 * status 0.
 *
 * @param exitCodes         the exit statuses that count as success
 * @param stdoutContains    text the output must contain
 * @param stdoutNotContains text the output must not contain
 * @param stdoutMatches     a pattern some output line must match (compiled at load)
 * @param hint              what to tell the operator when the check fails
 */
public record Expectation(List<Integer> exitCodes, Optional<String> stdoutContains,
                          Optional<String> stdoutNotContains, Optional<Pattern> stdoutMatches,
                          Optional<String> hint) {

    public Expectation {
        exitCodes = List.copyOf(exitCodes);
        Objects.requireNonNull(stdoutContains);
        Objects.requireNonNull(stdoutNotContains);
        Objects.requireNonNull(stdoutMatches);
        Objects.requireNonNull(hint);
    }

    /** Success is exit status 0 and nothing else. */
    public static Expectation exitZero() {
        return new Expectation(List.of(0), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isDefault() {
        return exitCodes.equals(List.of(0)) && stdoutContains.isEmpty() && stdoutNotContains.isEmpty()
                && stdoutMatches.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("exit " + (exitCodes.size() == 1 ? exitCodes.get(0) : exitCodes));
        stdoutContains.ifPresent(s -> sb.append(", output contains \"").append(s).append('"'));
        stdoutNotContains.ifPresent(s -> sb.append(", output lacks \"").append(s).append('"'));
        stdoutMatches.ifPresent(p -> sb.append(", a line matches /").append(p.pattern()).append('/'));
        return sb.toString();
    }
}
