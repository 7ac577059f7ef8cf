package io.ironbook.diagnose.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A test of one attribute of a fact or one capture of a line: {@code target: {matches: '^/var'}}.
 * Comparisons of text ignore case. Operands may name earlier captures as {@code {name}}, which is how
 * facts from different files combine ({@code target: {ancestorOf: "{path}"}}).
 *
 * @param attribute the attribute or capture tested
 * @param op        the comparison
 * @param operands  its operands (one, or the list of {@code in}/{@code notIn})
 * @param pattern   the compiled pattern of {@code matches}/{@code notMatches}, else null
 */
record Constraint(String attribute, Op op, List<String> operands, Pattern pattern) {

    /** The comparisons a rule may use. */
    enum Op {
        IS("is"), NOT("not"), IN("in"), NOT_IN("notIn"), HAS("has"), LACKS("lacks"), MATCHES("matches"),
        NOT_MATCHES("notMatches"), AT_LEAST("atLeast"), AT_MOST("atMost"), STARTS_WITH("startsWith"),
        ANCESTOR_OF("ancestorOf"), CONTAINS("contains");

        final String key;

        Op(String key) {
            this.key = key;
        }

        static Op byKey(String key) {
            for (Op op : values()) {
                if (op.key.equals(key)) {
                    return op;
                }
            }
            return null;
        }
    }

    /** Whether the constraint's operands refer to captures. */
    boolean usesVariables() {
        return operands.stream().anyMatch(o -> !Template.names(o).isEmpty());
    }

    /** Whether the value passes, with {@code {name}} operands taken from {@code vars}. */
    boolean test(String value, Map<String, String> vars) {
        String v = value == null ? "" : value;
        String lower = v.toLowerCase(Locale.ROOT);
        String first = operands.isEmpty() ? "" : Template.fill(operands.get(0), vars);
        switch (op) {
            case IS -> {
                return v.equalsIgnoreCase(first);
            }
            case NOT -> {
                return !v.equalsIgnoreCase(first);
            }
            case IN, NOT_IN -> {
                boolean in = operands.stream().anyMatch(o -> v.equalsIgnoreCase(Template.fill(o, vars)));
                return op == Op.IN == in;
            }
            case HAS, LACKS -> {
                boolean has = false;
                for (String item : v.split(",")) {
                    if (item.strip().equalsIgnoreCase(first)) {
                        has = true;
                        break;
                    }
                }
                return op == Op.HAS == has;
            }
            case MATCHES -> {
                return pattern.matcher(v).find();
            }
            case NOT_MATCHES -> {
                return !pattern.matcher(v).find();
            }
            case AT_LEAST, AT_MOST -> {
                Double number = number(v);
                Double bound = number(first);
                if (number == null || bound == null) {
                    return false;
                }
                return op == Op.AT_LEAST ? number >= bound : number <= bound;
            }
            case STARTS_WITH -> {
                return lower.startsWith(first.toLowerCase(Locale.ROOT));
            }
            case CONTAINS -> {
                return lower.contains(first.toLowerCase(Locale.ROOT));
            }
            case ANCESTOR_OF -> {
                return isAncestor(v, first);
            }
            default -> throw new IllegalStateException(op.toString());
        }
    }

    /** Whether {@code dir} is {@code path} or a folder above it. */
    static boolean isAncestor(String dir, String path) {
        if (dir.isEmpty() || path.isEmpty()) {
            return false;
        }
        if ("/".equals(dir)) {
            return path.startsWith("/");
        }
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        return path.equals(d) || path.startsWith(d + "/");
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
