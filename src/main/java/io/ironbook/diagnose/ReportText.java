package io.ironbook.diagnose;

import io.ironbook.diagnose.evidence.EvidenceLine;
import io.ironbook.diagnose.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report as an on-call engineer's note: the verdict in one line, each cascade cause first with
 * arrows, the evidence lines ({@code file:line}) under each link, the runbook to run next, and what
 * the bundle could not tell.
 */
public final class ReportText {

    /** Evidence lines printed under one link. */
    static final int LINES_PER_FINDING = 4;
    /** Longest evidence text printed on one line; the JSON report carries more. */
    static final int TEXT_WIDTH = 200;

    private ReportText() {
    }

    /** The note, lines ending in {@code \n}. */
    public static String write(DiagnosisReport report) {
        StringBuilder out = new StringBuilder();
        String node = report.node().isEmpty() ? "This node" : report.node();
        Map<String, Finding> byId = byId(report);
        out.append(verdict(report, node, byId)).append('\n');
        for (String root : report.cascade().rootCauses()) {
            List<String> chain = report.cascade().chains().get(root);
            out.append('\n');
            out.append(chain.size() > 1 ? "Cascade, cause first:" : "Finding:").append('\n');
            for (int i = 0; i < chain.size(); i++) {
                Finding f = byId.get(chain.get(i));
                String lead = i == 0 ? "  " : "  " + "  ".repeat(i - 1) + "→ ";
                link(out, lead, f, "  ".repeat(i + 1) + "    ");
            }
        }
        List<Finding> rest = offChains(report);
        if (!rest.isEmpty()) {
            out.append("\nAlso found (explained by the causes above, off the longest chain):\n");
            for (Finding f : rest) {
                List<String> by = explainedBy(report, f.id());
                link(out, "  ", f, "      ");
                if (!by.isEmpty()) {
                    out.append("      (follows from ").append(String.join(", ", by)).append(")\n");
                }
            }
        }
        if (!report.healthy()) {
            out.append('\n');
            next(out, report, node);
        }
        if (!report.unknown().isEmpty()) {
            out.append('\n').append("Unknown (not in the bundle, so not checked): ")
                    .append(String.join(", ", report.unknown())).append('\n');
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    /**
     * The verdict in one sentence: nothing wrong in the files read, the root cause and where its chain
     * leads, or the independent problems.
     */
    public static String verdict(DiagnosisReport report) {
        String node = report.node().isEmpty() ? "This node" : report.node();
        return verdict(report, node, byId(report));
    }

    /** Every finding by its id, in report order. */
    public static Map<String, Finding> byId(DiagnosisReport report) {
        return report.findings().stream()
                .collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The findings on no root's chain: explained by the causes, off the longest paths. */
    public static List<Finding> offChains(DiagnosisReport report) {
        Set<String> shown = new LinkedHashSet<>();
        report.cascade().chains().values().forEach(shown::addAll);
        return report.findings().stream().filter(f -> !shown.contains(f.id())).toList();
    }

    /** The present findings that explain this one (its causes in the cascade). */
    public static List<String> explainedBy(DiagnosisReport report, String findingId) {
        return report.cascade().edges().entrySet().stream()
                .filter(e -> e.getValue().contains(findingId)).map(Map.Entry::getKey).sorted().toList();
    }

    /** Whether the runbook remedies a root cause itself, rather than a finding down its chain. */
    public static boolean remediesRoot(DiagnosisReport report, Remediation remediation) {
        return report.cascade().rootCauses().contains(remediation.remedies());
    }

    private static String verdict(DiagnosisReport report, String node, Map<String, Finding> byId) {
        if (report.healthy()) {
            return node + ": nothing wrong in the evidence read (" + report.filesRead().size() + " file"
                    + (report.filesRead().size() == 1 ? "" : "s") + ": " + String.join(", ", report.filesRead()) + ").";
        }
        List<String> roots = report.cascade().rootCauses();
        if (roots.size() == 1) {
            String root = roots.get(0);
            List<String> chain = report.cascade().chains().get(root);
            String head = node + ": " + byId.get(root).summary() + " [" + root + "]";
            if (chain.size() > 1) {
                String last = chain.get(chain.size() - 1);
                return head + ", which leads to " + last + " through " + (chain.size() - 1) + " link"
                        + (chain.size() == 2 ? "" : "s") + ".";
            }
            return head + ".";
        }
        List<String> parts = new ArrayList<>();
        for (String root : roots) {
            parts.add(byId.get(root).summary() + " [" + root + "]");
        }
        return node + ": " + roots.size() + " independent problems: " + String.join("; ", parts) + ".";
    }

    private static void link(StringBuilder out, String lead, Finding f, String indent) {
        out.append(lead).append(f.id()).append(" (").append(f.severity().label()).append("): ")
                .append(f.summary()).append('\n');
        int width = f.evidence().stream().limit(LINES_PER_FINDING).mapToInt(e -> location(e).length()).max().orElse(0);
        int n = 0;
        for (EvidenceLine e : f.evidence()) {
            if (n++ == LINES_PER_FINDING) {
                out.append(indent).append("… ").append(f.evidence().size() - LINES_PER_FINDING).append(" more\n");
                break;
            }
            String where = location(e);
            out.append(indent).append(where).append(" ".repeat(width - where.length() + 2)).append(shorten(e.text())).append('\n');
        }
    }

    private static String shorten(String text) {
        return text.length() > TEXT_WIDTH ? text.substring(0, TEXT_WIDTH - 1) + "…" : text;
    }

    /** Where an evidence line is: {@code file:line}, or the file alone for a line numbered 0 (the whole file). */
    public static String location(EvidenceLine e) {
        return e.line() > 0 ? e.where() : e.file();
    }

    private static void next(StringBuilder out, DiagnosisReport report, String node) {
        String param = report.node().isEmpty() ? "NODE" : node;
        if (report.remediation().isEmpty()) {
            out.append("next: no runbook's appliesTo names ").append(String.join(" or ", report.cascade().rootCauses()))
                    .append("; see 'ironbook runbooks list'\n");
            return;
        }
        for (Remediation r : report.remediation()) {
            out.append("next: ironbook run ").append(r.runbook()).append(" --param node=").append(param)
                    .append("    # ").append(r.title()).append(" (remedies ").append(r.remedies())
                    .append(remediesRoot(report, r) ? ""
                            : "; no runbook names the root cause itself")
                    .append(")\n");
        }
    }
}
