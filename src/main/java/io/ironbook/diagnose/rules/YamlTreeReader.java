package io.ironbook.diagnose.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule file into {@link YamlNode}s that remember where each value was written, using
 * Jackson's streaming YAML parser. Duplicate keys are errors. This is the one class that knows the
 * YAML library; swapping it for another located reader changes nothing else.
 */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {
    }

    static YamlNode read(String file, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new RuleException(file + ":1:1: empty rule file");
            }
            YamlNode root = node(file, parser);
            if (parser.nextToken() != null) {
                throw new RuleException(where(file, parser.currentTokenLocation()) + ": one rule per file; found a second document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new RuleException(where(file, e.getLocation()) + ": " + e.getOriginalMessage().lines().findFirst().orElse("bad YAML"), e);
        } catch (IOException e) {
            throw new RuleException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static YamlNode node(String file, JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> map = new LinkedHashMap<>();
                Map<String, String> keys = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String keyAt = where(file, parser.currentTokenLocation());
                    if (map.containsKey(key)) {
                        throw new RuleException(keyAt + ": duplicate key '" + key + "'");
                    }
                    parser.nextToken();
                    map.put(key, node(file, parser));
                    keys.put(key, keyAt);
                }
                return YamlNode.mapping(file, line, col, map, keys);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(file, parser));
                }
                return YamlNode.sequence(file, line, col, list);
            }
            case VALUE_NULL -> {
                return YamlNode.scalar(file, line, col, "");
            }
            default -> {
                return YamlNode.scalar(file, line, col, parser.getText());
            }
        }
    }

    private static String where(String file, JsonLocation at) {
        return at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }
}
