package io.ironbook.diagnose;

/**
 * A runbook that remedies a finding of the report.
 *
 * @param runbook the runbook's id, for {@code ironbook run ID}
 * @param title   the runbook's title
 * @param remedies the finding id the runbook's {@code appliesTo} names
 * @param why     one sentence: why this runbook, for the report
 */
public record Remediation(String runbook, String title, String remedies, String why) {
}
