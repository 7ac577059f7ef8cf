package io.ironbook.diagnose;

import io.ironbook.diagnose.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The diagnosis of one bundle: every finding with its evidence, the cascade they form, the runbooks
 * that remedy the roots, and what the bundle could not say (contract files absent, files that did not
 * read as their kind, probes that failed). {@link ReportJson} and {@link ReportText} print it.
 *
 * @param node        the node's name, or empty when the bundle does not say
 * @param findings    every finding, in rule order
 * @param cascade     edges, roots and chains
 * @param remediation the runbooks for the roots
 * @param filesRead   the bundle files read
 * @param unknown     the contract files absent from the bundle (unknown, not healthy)
 * @param notes       problems reading the bundle, and failed probes
 */
public record DiagnosisReport(String node, List<Finding> findings, Cascade cascade, List<Remediation> remediation,
                              List<String> filesRead, List<String> unknown, List<String> notes) {

    /** Exit status of {@code ironbook diagnose} when nothing is wrong. */
    public static final int EXIT_HEALTHY = 0;
    /** Exit status when findings exist. */
    public static final int EXIT_FINDINGS = 1;

    public DiagnosisReport {
        findings = List.copyOf(findings);
        remediation = List.copyOf(remediation);
        filesRead = List.copyOf(filesRead);
        unknown = List.copyOf(unknown);
        notes = List.copyOf(notes);
    }

    /** Whether the evidence read shows nothing wrong. */
    public boolean healthy() {
        return findings.isEmpty();
    }

    /** 0 when nothing is wrong, 1 when findings exist. */
    public int exitCode() {
        return healthy() ? EXIT_HEALTHY : EXIT_FINDINGS;
    }

    /** The finding of an id, if present. */
    public Optional<Finding> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The ids of all findings. */
    public List<String> findingIds() {
        return findings.stream().map(Finding::id).toList();
    }
}
