package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.FactKinds;
import io.ironbook.diagnose.evidence.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one rule file's text into a {@link Rule}, checking everything it can at load: known keys, a
 * finding id and {@code causes} from the contract, fact kinds and attributes from {@link FactKinds},
 * patterns that compile and cannot backtrack without bound, log conditions that carry
 * {@code contains} words, and summary placeholders that the signal captures. Every error names
 * {@code file:line:col}.
 */
public final class RuleLoader {

    private static final Set<String> RULE_KEYS = Set.of("id", "severity", "summary", "description", "causes",
            "signals", "support");
    private static final Set<String> SIGNAL_KEYS = Set.of("name", "when", "unless", "severity", "summary");
    private static final Set<String> LINE_KEYS = Set.of("files", "component", "contains", "notContains", "regex",
            "minLevel", "where", "minCount", "last");

    private final Set<String> knownIds;

    /** @param knownIds the finding ids rules may raise and name in {@code causes} */
    public RuleLoader(Set<String> knownIds) {
        this.knownIds = Set.copyOf(knownIds);
    }

    /** Loads one rule file. */
    public Rule load(String file, String text) {
        YamlNode root = YamlTreeReader.read(file, text);
        if (!root.isMap()) {
            throw root.error("a rule file is a mapping with id, severity, summary, signals, causes");
        }
        checkKeys(root, RULE_KEYS);
        String id = requiredText(root, "id");
        if (!knownIds.contains(id)) {
            throw root.map().get("id").error("unknown finding id '" + id + "' (the contract's ids: " + knownIds + ")");
        }
        if (!root.map().containsKey("severity")) {
            throw root.error("missing 'severity'");
        }
        Severity severity = severity(root.map().get("severity"), true).orElseThrow();
        String summary = requiredText(root, "summary");
        List<String> causes = new ArrayList<>();
        for (YamlNode cause : listOf(root, "causes")) {
            String target = scalar(cause, "a finding id");
            if (!knownIds.contains(target)) {
                throw cause.error("causes names unknown finding id '" + target + "'");
            }
            if (target.equals(id) || causes.contains(target)) {
                throw cause.error("causes lists '" + target + "' " + (target.equals(id) ? "itself" : "twice"));
            }
            causes.add(target);
        }
        List<YamlNode> signalNodes = listOf(root, "signals");
        if (signalNodes.isEmpty()) {
            throw root.error("a rule needs at least one signal under 'signals'");
        }
        List<Signal> signals = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (YamlNode node : signalNodes) {
            Signal signal = signal(node, summary);
            if (!names.add(signal.name())) {
                throw node.error("two signals are named '" + signal.name() + "'");
            }
            signals.add(signal);
        }
        List<Condition> support = new ArrayList<>();
        for (YamlNode node : listOf(root, "support")) {
            Condition condition = condition(node);
            if (!(condition instanceof Condition.Lines)) {
                throw node.error("support holds log-line conditions ('lines:') only");
            }
            support.add(condition);
        }
        return new Rule(id, severity, summary, List.copyOf(signals), List.copyOf(support), List.copyOf(causes), file);
    }

    private Signal signal(YamlNode node, String ruleSummary) {
        if (!node.isMap()) {
            throw node.error("a signal is a mapping with name, when, unless");
        }
        checkKeys(node, SIGNAL_KEYS);
        String name = requiredText(node, "name");
        List<Condition> when = new ArrayList<>();
        for (YamlNode c : listOf(node, "when")) {
            when.add(condition(c));
        }
        if (when.isEmpty()) {
            throw node.error("signal '" + name + "' needs at least one condition under 'when'");
        }
        for (Condition c : when) {
            if (c instanceof Condition.AllOf) {
                throw new RuleException(c.where() + ": allOf belongs under 'unless' ('when' conditions all hold already)");
            }
        }
        List<Condition> unless = new ArrayList<>();
        for (YamlNode c : listOf(node, "unless")) {
            unless.add(condition(c));
        }
        Optional<Severity> severity = severity(node.map().get("severity"), false);
        Optional<String> summary = Optional.ofNullable(node.map().get("summary")).map(n -> scalar(n, "a sentence"));
        Set<String> bound = new LinkedHashSet<>();
        for (Condition c : when) {
            for (Constraint t : constraints(c)) {
                for (String var : t.operands().stream().flatMap(o -> Template.names(o).stream()).toList()) {
                    if (!bound.contains(var)) {
                        throw new RuleException(c.where() + ": '{" + var + "}' is not captured by an earlier condition"
                                + " of signal '" + name + "'");
                    }
                }
            }
            bound.addAll(c.binds());
        }
        for (Condition c : unless) {
            checkCaptured(c, new LinkedHashSet<>(bound), name);
        }
        String text = summary.orElse(ruleSummary);
        for (String var : Template.names(text)) {
            if (!bound.contains(var)) {
                YamlNode at = node.map().containsKey("summary") ? node.map().get("summary") : node;
                throw at.error("the summary uses '{" + var + "}' but signal '" + name + "' captures only " + bound
                        + " (give the signal its own summary)");
            }
        }
        return new Signal(name, List.copyOf(when), List.copyOf(unless), severity, summary);
    }

    /** Every '{var}' an unless condition tests is captured by 'when' or by an earlier part of its allOf. */
    private static void checkCaptured(Condition c, Set<String> bound, String signal) {
        if (c instanceof Condition.AllOf all) {
            for (Condition inner : all.conditions()) {
                checkCaptured(inner, bound, signal);
                bound.addAll(inner.binds());
            }
            return;
        }
        for (Constraint t : constraints(c)) {
            for (String var : t.operands().stream().flatMap(o -> Template.names(o).stream()).toList()) {
                if (!bound.contains(var)) {
                    throw new RuleException(c.where() + ": '{" + var + "}' is not captured by the 'when' conditions"
                            + " of signal '" + signal + "'");
                }
            }
        }
    }

    private static List<Constraint> constraints(Condition c) {
        if (c instanceof Condition.Lines l) {
            return l.tests();
        }
        if (c instanceof Condition.FactPresent f) {
            return f.tests();
        }
        if (c instanceof Condition.FactAbsent f) {
            return f.tests();
        }
        return List.of();
    }

    private Condition condition(YamlNode node) {
        if (!node.isMap()) {
            throw node.error("a condition is a mapping: lines, fact, absent, unknown or allOf");
        }
        Map<String, YamlNode> m = node.map();
        if (m.containsKey("allOf")) {
            checkKeys(node, Set.of("allOf"));
            List<Condition> parts = new ArrayList<>();
            for (YamlNode part : listOf(node, "allOf")) {
                parts.add(condition(part));
            }
            if (parts.size() < 2) {
                throw node.error("allOf needs at least two conditions");
            }
            return new Condition.AllOf(node.where(), parts);
        }
        int kinds = (m.containsKey("lines") ? 1 : 0) + (m.containsKey("fact") ? 1 : 0) + (m.containsKey("absent") ? 1 : 0)
                + (m.containsKey("unknown") ? 1 : 0);
        if (kinds != 1) {
            throw node.error("a condition has exactly one of 'lines', 'fact', 'absent', 'unknown'");
        }
        if (m.containsKey("lines")) {
            checkKeys(node, Set.of("lines"));
            return lines(m.get("lines"));
        }
        if (m.containsKey("unknown")) {
            checkKeys(node, Set.of("unknown"));
            return new Condition.Unknown(node.where(), kind(m.get("unknown")));
        }
        checkKeys(node, Set.of("fact", "absent", "where"));
        boolean present = m.containsKey("fact");
        YamlNode kindNode = present ? m.get("fact") : m.get("absent");
        String kind = kind(kindNode);
        List<String> attributes = FactKinds.attributes(kind).orElseThrow();
        List<Constraint> tests = ConstraintReader.tests(m.get("where"), Set.copyOf(attributes), "attribute of " + kind);
        if (present) {
            return new Condition.FactPresent(node.where(), kind, tests, Set.copyOf(attributes));
        }
        return new Condition.FactAbsent(node.where(), kind, tests);
    }

    private Condition.Lines lines(YamlNode node) {
        if (!node.isMap()) {
            throw node.error("'lines' is a mapping with files, contains, regex, ...");
        }
        checkKeys(node, LINE_KEYS);
        Map<String, YamlNode> m = node.map();
        List<String> files = texts(m.get("files"));
        List<String> contains = texts(m.get("contains")).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (contains.isEmpty() || contains.stream().anyMatch(String::isBlank)) {
            throw node.error("log conditions need 'contains:' words (checked before the regex, so that large journals"
                    + " stay fast)");
        }
        List<String> notContains = texts(m.get("notContains")).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        Pattern regex = null;
        Set<String> groups = new LinkedHashSet<>();
        if (m.containsKey("regex")) {
            YamlNode r = m.get("regex");
            String source = scalar(r, "a regular expression");
            regex = ConstraintReader.compile(r, source);
            java.util.regex.Matcher g = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>").matcher(source);
            while (g.find()) {
                groups.add(g.group(1));
            }
        }
        Level minLevel = Level.UNKNOWN;
        if (m.containsKey("minLevel")) {
            String level = scalar(m.get("minLevel"), "a level");
            minLevel = Level.fromWord(level).filter(l -> l != Level.UNKNOWN)
                    .orElseThrow(() -> m.get("minLevel").error("minLevel is one of debug, info, warning, error, fatal"));
        }
        int minCount = 1;
        if (m.containsKey("minCount")) {
            try {
                minCount = Integer.parseInt(scalar(m.get("minCount"), "a number"));
            } catch (NumberFormatException e) {
                throw m.get("minCount").error("minCount is a whole number");
            }
            if (minCount < 1) {
                throw m.get("minCount").error("minCount is at least 1");
            }
        }
        String component = m.containsKey("component") ? scalar(m.get("component"), "a component") : "";
        boolean last = false;
        if (m.containsKey("last")) {
            String text = scalar(m.get("last"), "true or false");
            if (!"true".equals(text) && !"false".equals(text)) {
                throw m.get("last").error("last is true or false");
            }
            last = "true".equals(text);
            if (last && (regex == null || minCount > 1)) {
                throw m.get("last").error("'last: true' needs a regex the last line must match, and no minCount");
            }
        }
        List<Constraint> tests = ConstraintReader.tests(m.get("where"), groups, "capture of the regex");
        return new Condition.Lines(node.where(), files, component, contains, notContains, regex, Set.copyOf(groups),
                minLevel, tests, minCount, last);
    }


    private static String kind(YamlNode node) {
        String kind = scalar(node, "a fact kind");
        if (FactKinds.attributes(kind).isEmpty()) {
            throw node.error("unknown fact kind '" + kind + "' (known: " + FactKinds.all().keySet() + ")");
        }
        return kind;
    }

    private static Optional<Severity> severity(YamlNode node, boolean required) {
        if (node == null) {
            if (required) {
                throw new RuleException("missing 'severity'");
            }
            return Optional.empty();
        }
        String text = scalar(node, "a severity");
        return Optional.of(Severity.parse(text)
                .orElseThrow(() -> node.error("severity is one of critical, warning, info, not '" + text + "'")));
    }

    private static void checkKeys(YamlNode node, Set<String> allowed) {
        for (String key : node.map().keySet()) {
            if (!allowed.contains(key)) {
                throw new RuleException(node.whereKey(key) + ": unknown key '" + key + "' (known: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static String requiredText(YamlNode map, String key) {
        YamlNode node = map.map().get(key);
        if (node == null) {
            throw map.error("missing '" + key + "'");
        }
        String text = scalar(node, "text");
        if (text.isBlank()) {
            throw node.error("'" + key + "' is empty");
        }
        return text;
    }

    static String scalar(YamlNode node, String what) {
        if (!node.isScalar()) {
            throw node.error("expected " + what + ", found a " + (node.isMap() ? "mapping" : "list"));
        }
        return node.text();
    }

    private static List<YamlNode> listOf(YamlNode map, String key) {
        YamlNode node = map.map().get(key);
        if (node == null) {
            return List.of();
        }
        if (!node.isList()) {
            throw node.error("'" + key + "' is a list");
        }
        return node.list();
    }

    static List<String> texts(YamlNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isScalar()) {
            return List.of(node.text());
        }
        if (!node.isList()) {
            throw node.error("expected a value or a list of values");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : node.list()) {
            out.add(scalar(item, "a value"));
        }
        return out;
    }
}
