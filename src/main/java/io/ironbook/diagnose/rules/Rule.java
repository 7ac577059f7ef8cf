package io.ironbook.diagnose.rules;

import java.util.List;

/**
 * One rule file: the finding it raises, how bad it is, the sentence the report prints (with captured
 * facts filled in), the signals that prove it, the lines shown as supporting evidence when it fires,
 * and the findings it explains ({@code causes}, the edges of the cascade).
 *
 * @param id       the finding id (one of the contract's)
 * @param severity the severity unless a signal overrides it
 * @param summary  the report's sentence, e.g. {@code "{target} is mounted read-only"}
 * @param signals  any one of these raises the finding; every one that holds adds evidence
 * @param support  log-line conditions whose lines are shown too when the finding is raised
 * @param causes   ids of the findings this one explains
 * @param source   the file the rule was loaded from
 */
public record Rule(String id, Severity severity, String summary, List<Signal> signals, List<Condition> support,
                   List<String> causes, String source) {
}
