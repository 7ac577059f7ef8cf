package io.ironbook.diagnose.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a rule file with the place it was written, so that every error names
 * {@code file:line:col}. One of: a mapping ({@link #map()}), a sequence ({@link #list()}) or a
 * scalar ({@link #text()}).
 *
 * @param file   the rule file's name
 * @param line   1-based line
 * @param column 1-based column
 * @param map    the entries, when a mapping (keys in file order), else null
 * @param list   the items, when a sequence, else null
 * @param text   the scalar's text, when a scalar, else null
 * @param keyLocations where each mapping key was written, when a mapping
 */
record YamlNode(String file, int line, int column, Map<String, YamlNode> map, List<YamlNode> list, String text,
                Map<String, String> keyLocations) {

    static YamlNode scalar(String file, int line, int column, String text) {
        return new YamlNode(file, line, column, null, null, text, Map.of());
    }

    static YamlNode mapping(String file, int line, int column, LinkedHashMap<String, YamlNode> map,
                            Map<String, String> keys) {
        return new YamlNode(file, line, column, Collections.unmodifiableMap(map), null, null, keys);
    }

    static YamlNode sequence(String file, int line, int column, List<YamlNode> list) {
        return new YamlNode(file, line, column, null, List.copyOf(list), null, Map.of());
    }

    boolean isMap() {
        return map != null;
    }

    boolean isList() {
        return list != null;
    }

    boolean isScalar() {
        return text != null;
    }

    /** {@code file:line:col}. */
    String where() {
        return file + ":" + line + ":" + column;
    }

    /** An error at this node. */
    RuleException error(String message) {
        return new RuleException(where() + ": " + message);
    }

    /** Where a key of this mapping was written, {@code file:line:col}. */
    String whereKey(String key) {
        return keyLocations.getOrDefault(key, where());
    }
}
