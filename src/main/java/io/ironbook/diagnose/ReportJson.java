package io.ironbook.diagnose;

import io.ironbook.diagnose.evidence.EvidenceLine;
import io.ironbook.diagnose.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as the contract's JSON: {@code node}, {@code findings} (id, severity, summary,
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

    /**
     * The report as indented JSON text. Written by hand (a few dozen lines) rather than through an
     * object mapper, whose start-up would cost more than the whole analysis of a small bundle.
     */
    public static String write(DiagnosisReport report) {
        StringBuilder out = new StringBuilder(4096);
        value(out, tree(report), 0);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{ }");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                indent(out, depth + 1);
                string(out, String.valueOf(e.getKey()));
                out.append(" : ");
                value(out, e.getValue(), depth + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[ ]");
                return;
            }
            out.append("[ ");
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map || list.get(i) instanceof List) {
                    value(out, list.get(i), depth);
                } else {
                    value(out, list.get(i), depth + 1);
                }
                out.append(i + 1 < list.size() ? ", " : " ");
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
