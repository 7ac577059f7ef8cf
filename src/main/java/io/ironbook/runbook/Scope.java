package io.ironbook.runbook;

import io.ironbook.yaml.Location;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlScalar;
import io.ironbook.yaml.Spelling;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a runbook's text may reference at one point of the file: its params, the outputs
 * captured by earlier steps, and {@code {{target}}} (the node a multi-node step is acting on). It
 * checks references and typed values where they are written.
 */
final class Scope {

    /** The built-in reference to the node a step is acting on. */
    static final String TARGET = "target";

    /** The shape a written value must have. */
    enum ValueType { TEXT, BOOL, DURATION, INT, NODE }

    private static final Pattern NODE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

    private final Map<String, ParamType> params = new LinkedHashMap<>();
    private final Set<String> captures = new HashSet<>();

    void addParam(String name, ParamType type) {
        params.put(name, type);
    }

    Optional<ParamType> paramType(String name) {
        return Optional.ofNullable(params.get(name));
    }

    boolean isDefined(String name) {
        return params.containsKey(name) || captures.contains(name) || TARGET.equals(name);
    }

    void addCapture(String name) {
        captures.add(name);
    }

    /** Checks every reference in free text (titles, commands, instructions). */
    void checkText(YamlScalar scalar, String field) {
        String text = scalar.text();
        if (!Template.hasRefs(text)) {
            return;
        }
        try {
            for (Template.Ref ref : Template.refs(text)) {
                if (!isDefined(ref.name())) {
                    throw new YamlException(at(scalar, ref.offset()), unknownRef(ref.name(), field));
                }
            }
        } catch (Template.MalformedException e) {
            throw new YamlException(at(scalar, e.offset()), e.getMessage() + " in " + field);
        }
    }

    private String unknownRef(String name, String field) {
        Set<String> known = new HashSet<>(params.keySet());
        known.addAll(captures);
        String suggestion = Spelling.closest(name, known);
        String hint = suggestion != null ? " (did you mean {{" + suggestion + "}}?)"
                : params.isEmpty() ? " (the runbook declares no params)" : " (params: " + String.join(", ", params.keySet()) + ")";
        return "{{" + name + "}} in " + field + " names no param" + hint;
    }

    /**
     * Checks a value that must have a type: a literal of that type, or exactly one reference to a
     * param of that type.
     */
    void checkTyped(YamlScalar scalar, ValueType type, String field) {
        String text = scalar.text();
        if (Template.hasRefs(text)) {
            checkText(scalar, field);
            Optional<String> single = Template.singleRef(text);
            if (single.isEmpty()) {
                if (type == ValueType.TEXT) {
                    return;
                }
                throw new YamlException(scalar.location(), field + " must be a single {{param}} or a literal value, found '" + text + "'");
            }
            String name = single.get();
            if (TARGET.equals(name) || captures.contains(name)) {
                if (type == ValueType.NODE || type == ValueType.TEXT) {
                    return;
                }
                throw new YamlException(scalar.location(), "{{" + name + "}} cannot give " + field + " a " + describe(type));
            }
            ParamType paramType = params.get(name);
            if (!accepts(type, paramType)) {
                throw new YamlException(scalar.location(), "{{" + name + "}} is a " + paramType.yamlName()
                        + " param, but " + field + " needs a " + describe(type));
            }
            return;
        }
        checkLiteral(scalar, type, field);
    }

    private static void checkLiteral(YamlScalar scalar, ValueType type, String field) {
        String text = scalar.text();
        boolean ok = switch (type) {
            case TEXT -> true;
            case BOOL -> scalar.plain() && (text.equals("true") || text.equals("false"));
            case DURATION -> GoDuration.parse(text).isPresent();
            case INT -> scalar.type() == YamlScalar.Type.INT && text.matches("-?\\d{1,9}");
            case NODE -> NODE_NAME.matcher(text).matches();
        };
        if (!ok) {
            String expected = switch (type) {
                case BOOL -> "true or false";
                case DURATION -> "a duration such as 90s, 5m or 1h30m";
                case INT -> "a whole number";
                case NODE -> "a node name (lower-case letters, digits, '-' and '.') or a {{param}}";
                case TEXT -> "text";
            };
            throw new YamlException(scalar.location(), field + " must be " + expected + ", found " + scalar.description());
        }
    }

    private static boolean accepts(ValueType type, ParamType paramType) {
        return switch (type) {
            case TEXT -> true;
            case BOOL -> paramType == ParamType.BOOL;
            case DURATION -> paramType == ParamType.DURATION;
            case INT -> paramType == ParamType.INT;
            case NODE -> paramType.namesNodes();
        };
    }

    private static String describe(ValueType type) {
        return switch (type) {
            case TEXT -> "text";
            case BOOL -> "bool";
            case DURATION -> "duration";
            case INT -> "int";
            case NODE -> "node";
        };
    }

    /** The place of {@code offset} inside a scalar, exact for single-line scalars. */
    static Location at(YamlScalar scalar, int offset) {
        String text = scalar.text();
        if (text.indexOf('\n') >= 0 && !scalar.plain()) {
            return scalar.location();
        }
        if (scalar.plain()) {
            return text.indexOf('\n') >= 0 ? scalar.location() : scalar.location().shiftedBy(offset);
        }
        return scalar.location().shiftedBy(offset + 1);
    }
}
