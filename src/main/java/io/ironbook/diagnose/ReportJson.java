package io.ironbook.diagnose;

import io.ironbook.diagnose.evidence.EvidenceLine;
import io.ironbook.diagnose.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as the contract's JSON tree (the command line prints it): {@code node}, {@code findings} (id, severity, summary,
 * evidence of file/line/text, causes), {@code rootCauses}, {@code chain}, {@code remediation}
 * (runbook, why). Nothing else, so that scripts can rely on the shape.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** The report as a tree of maps and lists in the contract's key order. */
    public static Map<String, Object> tree(DiagnosisReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("node", report.node().isEmpty() ? null : report.node());
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("id", f.id());
            finding.put("severity", f.severity().label());
            finding.put("summary", f.summary());
            List<Object> evidence = new ArrayList<>();
            for (EvidenceLine e : f.evidence()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", e.file());
                line.put("line", e.line());
                line.put("text", e.text());
                evidence.add(line);
            }
            finding.put("evidence", evidence);
            finding.put("causes", report.cascade().edges().getOrDefault(f.id(), List.of()));
            findings.add(finding);
        }
        root.put("findings", findings);
        root.put("rootCauses", report.cascade().rootCauses());
        root.put("chain", report.cascade().chain());
        List<Object> remediation = new ArrayList<>();
        for (Remediation r : report.remediation()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("runbook", r.runbook());
            item.put("why", r.why());
            remediation.add(item);
        }
        root.put("remediation", remediation);
        return root;
    }
}
