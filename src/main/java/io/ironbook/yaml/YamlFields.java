package io.ironbook.yaml;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict access to the fields of one mapping: unknown keys, missing required keys and values of the
 * wrong shape are errors at the exact place, and nothing is coerced ({@code yes} is not a boolean,
 * {@code 2.5} is not an integer, a list is not text).
 */
public final class YamlFields {
    private final YamlMap map;
    private final String what;

    private YamlFields(YamlMap map, String what) {
        this.map = map;
        this.what = what;
    }

    /**
     * Fields of {@code node}, which must be a mapping; {@code what} names it in messages, for
     * example {@code "step 'halt'"}.
     */
    public static YamlFields of(YamlNode node, String what) {
        if (node instanceof YamlMap yamlMap) {
            return new YamlFields(yamlMap, what);
        }
        throw new YamlException(node.location(), what + " must be a mapping of fields, found " + node.description());
    }

    public YamlMap map() {
        return map;
    }

    public String what() {
        return what;
    }

    /** Refuses the first key, in file order, that is not among {@code known}. */
    public YamlFields allowOnly(Collection<String> known) {
        for (YamlEntry entry : map.entries()) {
            if (!known.contains(entry.name())) {
                throw new YamlException(entry.key().location(), unknownField(entry.name(), known));
            }
        }
        return this;
    }

    private String unknownField(String name, Collection<String> known) {
        String suggestion = Spelling.closest(name, known);
        if (suggestion != null) {
            return "unknown field '" + name + "' in " + what + " (did you mean '" + suggestion + "'?)";
        }
        return "unknown field '" + name + "' in " + what + " (known: " + String.join(", ", known) + ")";
    }

    public boolean has(String key) {
        return map.entry(key).isPresent();
    }

    /** The value of a required field; absent or empty is an error. */
    public YamlNode required(String key) {
        YamlEntry entry = map.entry(key)
                .orElseThrow(() -> new YamlException(map.location(), "missing required field '" + key + "' in " + what));
        if (entry.value() instanceof YamlScalar scalar && scalar.isNull()) {
            throw new YamlException(entry.value().location(), "field '" + key + "' in " + what + " is empty");
        }
        return entry.value();
    }

    /** The value of an optional field; present but empty is an error, since it is always a slip. */
    public Optional<YamlNode> optional(String key) {
        Optional<YamlEntry> entry = map.entry(key);
        entry.ifPresent(e -> {
            if (e.value() instanceof YamlScalar scalar && scalar.isNull()) {
                throw new YamlException(e.value().location(), "field '" + key + "' in " + what + " is empty");
            }
        });
        return entry.map(YamlEntry::value);
    }

    public String requiredText(String key) {
        return text(required(key), key);
    }

    public Optional<String> optionalText(String key) {
        return optional(key).map(node -> text(node, key));
    }

    public Optional<YamlScalar> optionalScalar(String key) {
        return optional(key).map(node -> scalar(node, key));
    }

    public YamlScalar requiredScalar(String key) {
        return scalar(required(key), key);
    }

    public Optional<Boolean> optionalBool(String key) {
        return optional(key).map(node -> bool(node, key));
    }

    public Optional<Integer> optionalInt(String key) {
        return optional(key).map(node -> integer(node, key));
    }

    /** The items of an optional list field; absent is an empty list. */
    public List<YamlNode> optionalList(String key) {
        return optional(key).map(node -> list(node, key).items()).orElse(List.of());
    }

    public List<YamlNode> requiredList(String key) {
        return list(required(key), key).items();
    }

    /** Where the key of a field stands, or the mapping's start when the field is absent. */
    public Location keyLocation(String key) {
        return map.entry(key).map(e -> e.key().location()).orElse(map.location());
    }

    /** The node as a scalar (text, number or boolean as written). */
    public static YamlScalar scalar(YamlNode node, String field) {
        if (node instanceof YamlScalar scalar) {
            if (scalar.isNull()) {
                throw new YamlException(node.location(), "field '" + field + "' is empty");
            }
            return scalar;
        }
        throw new YamlException(node.location(), "field '" + field + "' must be a single value, found " + node.description());
    }

    /** The node's text; numbers and booleans count as their text. */
    public static String text(YamlNode node, String field) {
        return scalar(node, field).text();
    }

    /** The node as {@code true} or {@code false}, and nothing else. */
    public static boolean bool(YamlNode node, String field) {
        YamlScalar scalar = scalar(node, field);
        String text = scalar.text().toLowerCase(Locale.ROOT);
        if (scalar.plain() && (text.equals("true") || text.equals("false"))) {
            return text.equals("true");
        }
        throw new YamlException(node.location(), "field '" + field + "' must be true or false, found " + scalar.description());
    }

    /** The node as a whole number written without quotes. */
    public static int integer(YamlNode node, String field) {
        YamlScalar scalar = scalar(node, field);
        if (scalar.type() == YamlScalar.Type.INT && scalar.text().matches("-?[0-9]{1,9}")) {
            return Integer.parseInt(scalar.text());
        }
        throw new YamlException(node.location(), "field '" + field + "' must be a whole number, found " + scalar.description());
    }

    /** The node as a list. */
    public static YamlList list(YamlNode node, String field) {
        if (node instanceof YamlList yamlList) {
            return yamlList;
        }
        throw new YamlException(node.location(), "field '" + field + "' must be a list, found " + node.description());
    }
}
