package io.ironbook.diagnose.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a rule's {@code where} tests and compiles its patterns, refusing ones that can backtrack without bound. */
final class ConstraintReader {

    /** A group holding an unbounded quantifier, itself repeated: {@code (a+)+}, {@code (\s*x)*}. */
    private static final Pattern NESTED_QUANTIFIER = Pattern.compile("\\((?:[^()\\\\]|\\\\.)*[+*](?:[^()\\\\]|\\\\.)*\\)[+*{]");

    static List<Constraint> tests(YamlNode where, Set<String> allowed, String what) {
        List<Constraint> tests = new ArrayList<>();
        if (where == null) {
            return tests;
        }
        if (!where.isMap()) {
            throw where.error("'where' is a mapping of " + what + " to a value or a test");
        }
        for (Map.Entry<String, YamlNode> e : where.map().entrySet()) {
            String attribute = e.getKey();
            if (!allowed.contains(attribute)) {
                throw new RuleException(where.whereKey(attribute) + ": '" + attribute + "' is not a known " + what
                        + " (known: " + allowed + ")");
            }
            YamlNode value = e.getValue();
            if (value.isScalar()) {
                tests.add(new Constraint(attribute, Constraint.Op.IS, List.of(value.text()), null));
                continue;
            }
            if (!value.isMap() || value.map().isEmpty()) {
                throw value.error("a test is a value or a mapping like {matches: '...'}");
            }
            for (Map.Entry<String, YamlNode> t : value.map().entrySet()) {
                Constraint.Op op = Constraint.Op.byKey(t.getKey());
                if (op == null) {
                    throw new RuleException(value.whereKey(t.getKey()) + ": unknown test '" + t.getKey()
                            + "' (is, not, in, notIn, has, lacks, matches, notMatches, atLeast, atMost, startsWith,"
                            + " contains, ancestorOf)");
                }
                List<String> operands = (op == Constraint.Op.IN || op == Constraint.Op.NOT_IN)
                        ? RuleLoader.texts(t.getValue()) : List.of(RuleLoader.scalar(t.getValue(), "a value"));
                Pattern pattern = null;
                if (op == Constraint.Op.MATCHES || op == Constraint.Op.NOT_MATCHES) {
                    if (!Template.names(operands.get(0)).isEmpty()) {
                        throw t.getValue().error("a pattern cannot use captures (it is compiled at load)");
                    }
                    pattern = compile(t.getValue(), operands.get(0));
                }
                tests.add(new Constraint(attribute, op, operands, pattern));
            }
        }
        return tests;
    }

    static Pattern compile(YamlNode node, String source) {
        if (NESTED_QUANTIFIER.matcher(source).find()) {
            throw node.error("the pattern repeats a group that itself holds an unbounded quantifier, which can"
                    + " backtrack without bound; use a possessive (x++) or bounded (x{1,64}) form");
        }
        try {
            return Pattern.compile(source, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw node.error("bad pattern: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private ConstraintReader() {
    }
}
