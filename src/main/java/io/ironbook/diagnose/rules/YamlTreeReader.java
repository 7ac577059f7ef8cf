package io.ironbook.diagnose.rules;

import io.ironbook.yaml.Location;
import io.ironbook.yaml.YamlEntry;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlList;
import io.ironbook.yaml.YamlMap;
import io.ironbook.yaml.YamlReader;
import io.ironbook.yaml.YamlScalar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule file with the project's strict YAML reader ({@link YamlReader}: no tabs, no duplicate
 * keys, one document) into {@link YamlNode}s that remember where each value was written. This is the
 * one class of the rules that knows the YAML reader.
 */
final class YamlTreeReader {

    private YamlTreeReader() {
    }

    static YamlNode read(String file, String text) {
        try {
            return convert(file, YamlReader.read(file, text.getBytes(StandardCharsets.UTF_8)));
        } catch (YamlException e) {
            throw new RuleException(e.getMessage(), e);
        }
    }

    private static YamlNode convert(String file, io.ironbook.yaml.YamlNode node) {
        if (node instanceof YamlMap map) {
            LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, String> keys = new HashMap<>();
            for (YamlEntry entry : map.entries()) {
                entries.put(entry.name(), convert(file, entry.value()));
                keys.put(entry.name(), where(entry.key().location()));
            }
            Location at = map.location();
            return YamlNode.mapping(file, at.line(), at.column(), entries, keys);
        }
        if (node instanceof YamlList list) {
            List<YamlNode> items = new ArrayList<>();
            for (io.ironbook.yaml.YamlNode item : list.items()) {
                items.add(convert(file, item));
            }
            Location at = list.location();
            return YamlNode.sequence(file, at.line(), at.column(), items);
        }
        YamlScalar scalar = (YamlScalar) node;
        Location at = scalar.location();
        return YamlNode.scalar(file, at.line(), at.column(), scalar.isNull() ? "" : scalar.text());
    }

    private static String where(Location location) {
        return location.toString();
    }
}
