package io.ironbook.diagnose.rules;

import java.util.List;
import java.util.Optional;

/**
 * One way evidence proves a finding: all of {@code when} hold together, none of {@code unless}.
 *
 * @param name     the signal's name, for the report and the rule's author
 * @param when     conditions that must all hold, captures flowing from earlier to later ones
 * @param unless   conditions any one of which cancels the signal
 * @param severity overrides the rule's severity when this signal fires
 * @param summary  overrides the rule's summary when this signal is the first to fire
 */
public record Signal(String name, List<Condition> when, List<Condition> unless, Optional<Severity> severity,
                     Optional<String> summary) {
}
