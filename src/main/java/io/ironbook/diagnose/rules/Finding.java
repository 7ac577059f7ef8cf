package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.EvidenceLine;
import java.util.List;

/**
 * A finding the evidence supports: which one, how bad, the sentence with its facts filled in, the
 * lines that prove it, and the names of the rule's signals that fired.
 *
 * @param id       the finding id
 * @param severity how bad
 * @param summary  one sentence, e.g. "/var is mounted read-only"
 * @param evidence the lines that prove it, most telling first
 * @param signals  the rule's signals that fired
 */
public record Finding(String id, Severity severity, String summary, List<EvidenceLine> evidence, List<String> signals) {

    public Finding {
        evidence = List.copyOf(evidence);
        signals = List.copyOf(signals);
    }
}
