package io.ironbook.tui.render;

import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.Remediation;
import io.ironbook.diagnose.ReportText;
import io.ironbook.diagnose.evidence.EvidenceLine;
import io.ironbook.diagnose.rules.Finding;
import io.ironbook.tui.theme.StyleKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines of the diagnosis screen, laid out for a width: the verdict, each root's chain drawn as arrows,
 * the runbooks that remedy the roots (one of them selected), each link with its summary and evidence lines,
 * the findings off the chains, and what the bundle could not say. The sentences are the text report's
 * ({@link ReportText}); only the layout is the console's.
 */
public final class DiagnosisText {
    /** Evidence lines shown under one link; the rest are counted. */
    static final int EVIDENCE_PER_FINDING = 5;

    /**
     * Which remedy is selected and whether it can be run from here.
     *
     * @param node the node the remedy would run on (its {@code node} param)
     * @param selected the index of the selected remedy in the report's remediation
     * @param runnable whether Enter starts it (false in read-only mode)
     */
    public record Choice(String node, int selected, boolean runnable) {
    }

    private DiagnosisText() {
    }

    /** The report laid out for {@code width} columns. */
    public static List<StyledLine> lines(DiagnosisReport report, Glyphs glyphs, int width, Choice choice) {
        List<StyledLine> out = new ArrayList<>();
        out.add(verdictLine(report, glyphs));
        out.addAll(Wrapping.wrap(ReportText.verdict(report), width, "", "  ", StyleKey.ROW));
        if (!report.healthy()) {
            out.add(StyledLine.blank());
            for (String root : report.cascade().rootCauses()) {
                arrows(out, report.cascade().chains().get(root), glyphs, width);
            }
            out.add(StyledLine.blank());
            remedies(out, report, glyphs, width, choice);
            links(out, report, glyphs, width);
        }
        unknowns(out, report, width);
        return out;
    }

    private static StyledLine verdictLine(DiagnosisReport report, Glyphs glyphs) {
        if (report.healthy()) {
            return new StyledLine.Builder().add(glyphs.ready() + " healthy", StyleKey.STATUS_READY)
                    .add("  no finding in " + report.filesRead().size() + " evidence file"
                            + (report.filesRead().size() == 1 ? "" : "s"), StyleKey.ROW).build();
        }
        int count = report.findings().size();
        List<String> roots = report.cascade().rootCauses();
        return new StyledLine.Builder()
                .add(glyphs.notReady() + " " + count + " finding" + (count == 1 ? "" : "s"), StyleKey.STATUS_NOT_READY)
                .add(roots.size() == 1 ? "  root cause " : "  " + roots.size() + " root causes ", StyleKey.ROW)
                .add(String.join(", ", roots), StyleKey.REASON).build();
    }

    /** {@code a → b → c}, wrapped before an arrow. */
    private static void arrows(List<StyledLine> out, List<String> chain, Glyphs glyphs, int width) {
        StyledLine.Builder line = new StyledLine.Builder().add(chain.get(0), StyleKey.REASON);
        int used = chain.get(0).length();
        for (String id : chain.subList(1, chain.size())) {
            String arrow = " " + glyphs.arrow() + " ";
            if (used + arrow.length() + id.length() > width) {
                out.add(line.build());
                line = new StyledLine.Builder().add("  ", StyleKey.ROW);
                used = 2;
                arrow = glyphs.arrow() + " ";
            }
            line.add(arrow, StyleKey.MUTED).add(id, StyleKey.REASON);
            used += arrow.length() + id.length();
        }
        out.add(line.build());
    }

    private static void remedies(List<StyledLine> out, DiagnosisReport report, Glyphs glyphs, int width,
            Choice choice) {
        List<Remediation> remedies = report.remediation();
        StyledLine.Builder title = new StyledLine.Builder().add(remedies.size() == 1 ? "Remedy" : "Remedies",
                StyleKey.TITLE);
        if (!remedies.isEmpty()) {
            title.add(choice.runnable() ? "  Enter starts the chosen runbook on " + choice.node()
                    : "  (read-only: run it from line mode)", StyleKey.MUTED);
        }
        out.add(title.build());
        if (remedies.isEmpty()) {
            out.addAll(Wrapping.wrap("no runbook's appliesTo names " + String.join(" or ",
                    report.cascade().rootCauses()) + " (ironbook runbooks list shows them all)", width, "  ", "    ",
                    StyleKey.MUTED));
        }
        for (int i = 0; i < remedies.size(); i++) {
            Remediation remedy = remedies.get(i);
            boolean selected = choice.runnable() && i == choice.selected();
            String text = glyphs.fit(remedy.runbook() + "  " + remedy.title(), width - 4);
            out.add(new StyledLine.Builder().add(selected ? " " + glyphs.arrow() + " " : "   ", StyleKey.ROW)
                    .add(text, selected ? StyleKey.ROW_SELECTED : StyleKey.ROW).build());
            String why = "remedies " + remedy.remedies() + (ReportText.remediesRoot(report, remedy) ? ", the root cause"
                    : "; no runbook names the root cause itself");
            out.addAll(Wrapping.wrap(why, width, "     ", "     ", StyleKey.MUTED));
            if (!choice.runnable()) {
                out.add(StyledLine.of(glyphs.fit("     ironbook run " + remedy.runbook() + " --param node="
                        + choice.node(), width), StyleKey.MUTED));
            }
        }
    }

    private static void links(List<StyledLine> out, DiagnosisReport report, Glyphs glyphs, int width) {
        Map<String, Finding> byId = ReportText.byId(report);
        List<String> roots = report.cascade().rootCauses();
        for (String root : roots) {
            List<String> chain = report.cascade().chains().get(root);
            out.add(StyledLine.blank());
            out.add(StyledLine.of(chain.size() == 1 ? "Finding" : roots.size() == 1 ? "Cascade, cause first"
                    : "Cascade from " + root + ", cause first", StyleKey.TITLE));
            for (int i = 0; i < chain.size(); i++) {
                link(out, i == 0 ? "  " : "  " + glyphs.arrow() + " ", byId.get(chain.get(i)), glyphs, width);
            }
        }
        List<Finding> rest = ReportText.offChains(report);
        if (!rest.isEmpty()) {
            out.add(StyledLine.blank());
            out.add(StyledLine.of("Also found (explained by the causes above, off the chains)", StyleKey.TITLE));
            for (Finding finding : rest) {
                link(out, "  ", finding, glyphs, width);
                List<String> by = ReportText.explainedBy(report, finding.id());
                if (!by.isEmpty()) {
                    out.addAll(Wrapping.wrap("(follows from " + String.join(", ", by) + ")", width, "      ",
                            "      ", StyleKey.MUTED));
                }
            }
        }
    }

    private static void link(List<StyledLine> out, String lead, Finding finding, Glyphs glyphs, int width) {
        out.add(new StyledLine.Builder().add(lead, StyleKey.MUTED).add(finding.id(), StyleKey.REASON)
                .add(" (" + finding.severity().label() + ")", StyleKey.MUTED).build());
        out.addAll(Wrapping.wrap(finding.summary(), width, "    ", "    ", StyleKey.ROW));
        List<EvidenceLine> evidence = finding.evidence();
        int shown = Math.min(EVIDENCE_PER_FINDING, evidence.size());
        int column = 0;
        for (EvidenceLine line : evidence.subList(0, shown)) {
            column = Math.max(column, ReportText.location(line).length());
        }
        column = Math.min(column, Math.max(8, width / 3));
        for (EvidenceLine line : evidence.subList(0, shown)) {
            String where = glyphs.fit(ReportText.location(line), column);
            String pad = " ".repeat(column - where.length() + 2);
            out.add(new StyledLine.Builder().add("      " + where + pad, StyleKey.MUTED)
                    .add(glyphs.fit(line.text().strip(), width - 8 - column), StyleKey.ROW).build());
        }
        if (evidence.size() > shown) {
            out.add(StyledLine.of("      " + glyphs.ellipsis() + " " + (evidence.size() - shown) + " more evidence line"
                    + (evidence.size() - shown == 1 ? "" : "s") + " (-o json has them all)", StyleKey.MUTED));
        }
    }

    private static void unknowns(List<StyledLine> out, DiagnosisReport report, int width) {
        if (report.unknown().isEmpty() && report.notes().isEmpty()) {
            return;
        }
        out.add(StyledLine.blank());
        out.add(StyledLine.of("What the evidence cannot say", StyleKey.TITLE));
        if (!report.unknown().isEmpty()) {
            out.addAll(Wrapping.wrap("unknown (not in the bundle, so not checked): " + String.join(", ",
                    report.unknown()), width, "  ", "    ", StyleKey.ROW));
        }
        for (String note : report.notes()) {
            out.addAll(Wrapping.wrap("note: " + note, width, "  ", "    ", StyleKey.ROW));
        }
    }
}
