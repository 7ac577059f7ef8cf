package io.ironbook.diagnose;

import io.ironbook.diagnose.evidence.BundleFiles;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import io.ironbook.diagnose.evidence.EvidenceParsers;
import io.ironbook.diagnose.evidence.Facts;
import io.ironbook.diagnose.evidence.ProbeOutcome;
import io.ironbook.diagnose.rules.Finding;
import io.ironbook.diagnose.rules.LineScan;
import io.ironbook.diagnose.rules.LineScanner;
import io.ironbook.diagnose.rules.RuleEvaluator;
import io.ironbook.diagnose.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diagnoses an evidence bundle: parses its structured files into facts, streams every file once
 * through the rules' log conditions, decides the findings, resolves the cascade and picks the
 * runbooks for its roots. One instance serves many bundles; the rules' patterns are compiled once.
 */
public final class Diagnoser {

    private final RuleSet rules;
    private final LineScanner scanner;
    private final RuleEvaluator evaluator;
    private final RemediationIndex remediation;

    public Diagnoser(RuleSet rules, RemediationIndex remediation) {
        this.rules = rules;
        this.scanner = new LineScanner(rules);
        this.evaluator = new RuleEvaluator(rules);
        this.remediation = remediation;
    }

    /** The shipped rules and the given runbooks. */
    public static Diagnoser withShippedRules(RemediationIndex remediation) {
        return new Diagnoser(RuleSet.shipped(FindingIds.all()), remediation);
    }

    /** Diagnoses the bundle. */
    public DiagnosisReport diagnose(EvidenceBundle bundle) {
        Facts facts = EvidenceParsers.parse(bundle);
        LineScan scan = scanner.scan(bundle);
        List<Finding> findings = evaluator.evaluate(facts, scan);
        Cascade cascade = CascadeResolver.resolve(findings, rules::causes);
        String node = facts.node().isEmpty() ? mostCommon(scan.hosts()) : facts.node();
        List<String> unknown = new ArrayList<>();
        for (String file : BundleFiles.evidenceFiles().keySet()) {
            if (!bundle.has(file)) {
                unknown.add(file);
            }
        }
        List<String> notes = new ArrayList<>(facts.notes());
        for (ProbeOutcome probe : bundle.meta().probes()) {
            if (!probe.ok()) {
                notes.add("probe for " + probe.file() + " failed (" + probe.command() + "): " + probe.detail());
            }
        }
        if (!bundle.ignored().isEmpty()) {
            notes.add("not read (not evidence, empty or binary): " + String.join(", ", bundle.ignored()));
        }
        return new DiagnosisReport(node, findings, cascade, remediations(cascade), List.copyOf(bundle.names()),
                unknown, notes);
    }

    /**
     * The runbooks for each root: those naming the root; when none names it, those naming the first
     * finding down its chain that has one.
     */
    private List<Remediation> remediations(Cascade cascade) {
        List<Remediation> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String root : cascade.rootCauses()) {
            for (String id : cascade.chains().get(root)) {
                List<RunbookEntry> runbooks = remediation.runbooksFor(id);
                if (runbooks.isEmpty()) {
                    continue;
                }
                for (RunbookEntry r : runbooks) {
                    if (seen.add(r.id())) {
                        String why = id.equals(root)
                                ? r.title() + ": its appliesTo names the root cause " + root
                                : r.title() + ": no runbook names the root cause " + root + "; this one remedies " + id
                                + ", which follows from it";
                        out.add(new Remediation(r.id(), r.title(), id, why));
                    }
                }
                break;
            }
        }
        return out;
    }

    private static String mostCommon(Map<String, Integer> hosts) {
        String best = "";
        int count = 0;
        for (Map.Entry<String, Integer> e : hosts.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }
}
