package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.EvidenceLine;
import io.ironbook.diagnose.evidence.Fact;
import io.ironbook.diagnose.evidence.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which rules' findings the evidence supports. A signal's conditions are tried in order;
 * each match extends a binding (captured names plus the lines that prove them) and later conditions
 * see earlier captures, so a mount from mounts.txt and a path from containerd's journal can be
 * required to agree.
 */
public final class RuleEvaluator {

    /** Most bindings followed per signal; more add nothing a reader needs. */
    private static final int MAX_BINDINGS = 8;
    /** Most evidence lines a finding carries. */
    public static final int MAX_EVIDENCE = 8;

    /** What a signal has proven so far: captures and lines. */
    private record Binding(Map<String, String> vars, List<EvidenceLine> evidence) {

        Binding with(Map<String, String> more, List<EvidenceLine> lines) {
            Map<String, String> v = new HashMap<>(more);
            v.putAll(vars);
            List<EvidenceLine> e = new ArrayList<>(evidence);
            e.addAll(lines);
            return new Binding(v, e);
        }
    }

    private final RuleSet rules;

    public RuleEvaluator(RuleSet rules) {
        this.rules = rules;
    }

    /** The findings of every rule that fires, in rule order. */
    public List<Finding> evaluate(Facts facts, LineScan scan) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.rules().values()) {
            evaluate(rule, facts, scan).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> evaluate(Rule rule, Facts facts, LineScan scan) {
        List<String> fired = new ArrayList<>();
        Set<EvidenceLine> evidence = new LinkedHashSet<>();
        Severity severity = null;
        String summary = null;
        for (Signal signal : rule.signals()) {
            List<Binding> bindings = bindings(signal, facts, scan);
            if (bindings.isEmpty()) {
                continue;
            }
            fired.add(signal.name());
            if (summary == null) {
                summary = Template.fill(signal.summary().orElse(rule.summary()), bindings.get(0).vars());
            }
            Severity s = signal.severity().orElse(rule.severity());
            severity = severity == null || s.ordinal() < severity.ordinal() ? s : severity;
            for (Binding b : bindings) {
                evidence.addAll(b.evidence());
            }
        }
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        for (Condition c : rule.support()) {
            for (LineHits.Hit hit : scan.hits((Condition.Lines) c).kept()) {
                evidence.add(hit.evidence());
            }
        }
        List<EvidenceLine> shown = evidence.stream().limit(MAX_EVIDENCE).collect(Collectors.toList());
        return Optional.of(new Finding(rule.id(), severity, summary, shown, fired));
    }

    private List<Binding> bindings(Signal signal, Facts facts, LineScan scan) {
        List<Binding> bindings = List.of(new Binding(Map.of(), List.of()));
        for (Condition c : signal.when()) {
            List<Binding> next = new ArrayList<>();
            for (Binding b : bindings) {
                for (Binding n : extend(c, b, facts, scan)) {
                    if (next.size() < MAX_BINDINGS) {
                        next.add(n);
                    }
                }
            }
            if (next.isEmpty()) {
                return List.of();
            }
            bindings = next;
        }
        List<Binding> kept = new ArrayList<>();
        for (Binding b : bindings) {
            boolean cancelled = false;
            for (Condition u : signal.unless()) {
                if (!extend(u, b, facts, scan).isEmpty()) {
                    cancelled = true;
                    break;
                }
            }
            if (!cancelled) {
                kept.add(b);
            }
        }
        return kept;
    }

    private List<Binding> extend(Condition c, Binding b, Facts facts, LineScan scan) {
        if (c instanceof Condition.AllOf all) {
            List<Binding> bindings = List.of(b);
            for (Condition inner : all.conditions()) {
                List<Binding> next = new ArrayList<>();
                for (Binding each : bindings) {
                    next.addAll(extend(inner, each, facts, scan));
                }
                if (next.isEmpty()) {
                    return List.of();
                }
                bindings = next.size() > MAX_BINDINGS ? next.subList(0, MAX_BINDINGS) : next;
            }
            return bindings;
        }
        if (c instanceof Condition.Lines lines) {
            return extendLines(lines, b, scan);
        }
        if (c instanceof Condition.FactPresent present) {
            List<Binding> out = new ArrayList<>();
            for (Fact fact : facts.of(present.kind())) {
                if (passes(present.tests(), fact.attributes(), b.vars())) {
                    List<EvidenceLine> shown = present.tests().stream().map(t -> fact.evidenceOf(t.attribute()))
                            .distinct().toList();
                    out.add(b.with(fact.attributes(), shown.isEmpty() ? List.of(fact.evidence()) : shown));
                }
            }
            return out;
        }
        if (c instanceof Condition.FactAbsent absent) {
            if (!facts.isCovered(absent.kind())) {
                return List.of();
            }
            for (Fact fact : facts.of(absent.kind())) {
                if (passes(absent.tests(), fact.attributes(), b.vars())) {
                    return List.of();
                }
            }
            List<Fact> all = facts.of(absent.kind());
            if (all.isEmpty()) {
                return List.of(b);
            }
            String file = all.get(0).evidence().file();
            String tests = absent.tests().stream()
                    .map(t -> t.attribute() + " " + t.op().key + " " + String.join("|", t.operands()))
                    .collect(Collectors.joining(", "));
            return List.of(b.with(Map.of(), List.of(new EvidenceLine(file, 0,
                    "no " + absent.kind() + (tests.isEmpty() ? "" : " with " + tests) + " among " + all.size() + " listed"))));
        }
        Condition.Unknown unknown = (Condition.Unknown) c;
        return facts.isCovered(unknown.kind()) ? List.of() : List.of(b);
    }

    private static List<Binding> extendLines(Condition.Lines c, Binding b, LineScan scan) {
        LineHits hits = scan.hits(c);
        if (hits.count() == 0) {
            return List.of();
        }
        List<LineHits.Hit> kept = hits.kept();
        if (c.last()) {
            LineHits.Hit lastHit = kept.get(kept.size() - 1);
            java.util.regex.Matcher m = c.regex().matcher(lastHit.evidence().text());
            if (!m.find()) {
                return List.of();
            }
            Map<String, String> captures = new HashMap<>();
            for (String group : c.binds()) {
                if (m.group(group) != null) {
                    captures.put(group, m.group(group));
                }
            }
            return passes(c.tests(), captures, b.vars()) ? List.of(b.with(captures, List.of(lastHit.evidence()))) : List.of();
        }
        boolean dynamic = c.tests().stream().anyMatch(Constraint::usesVariables);
        if (dynamic) {
            kept = kept.stream().filter(h -> passes(c.tests(), h.captures(), b.vars())).toList();
        }
        long count = dynamic ? kept.size() : hits.count();
        if (kept.isEmpty() || count < c.minCount()) {
            return List.of();
        }
        if (c.minCount() > 1) {
            List<LineHits.Hit> tail = kept.subList(Math.max(0, kept.size() - 3), kept.size());
            List<EvidenceLine> lines = tail.stream().map(LineHits.Hit::evidence).toList();
            return List.of(b.with(tail.get(tail.size() - 1).captures(), lines));
        }
        List<Binding> out = new ArrayList<>();
        for (LineHits.Hit hit : kept) {
            out.add(b.with(hit.captures(), List.of(hit.evidence())));
            if (out.size() >= MAX_BINDINGS) {
                break;
            }
        }
        return out;
    }

    private static boolean passes(List<Constraint> tests, Map<String, String> values, Map<String, String> vars) {
        for (Constraint t : tests) {
            if (!t.test(values.get(t.attribute()), vars)) {
                return false;
            }
        }
        return true;
    }
}
