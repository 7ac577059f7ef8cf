package io.ironbook.remote;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads Ansible's YAML inventory format: a mapping of group names, each with optional {@code hosts}
 * (host name to variables), {@code vars} and {@code children} (group name to group).
 */
final class AnsibleYamlInventoryParser {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Set<String> GROUP_KEYS = Set.of("hosts", "vars", "children");

    /** A parsed YAML node with the line it started on. */
    private sealed interface Node permits Scalar, MapNode, Other {
        int line();
    }

    private record Scalar(String text, int line) implements Node {
    }

    private record MapNode(Map<String, Node> entries, Map<String, Integer> keyLines, int line) implements Node {
    }

    private record Other(String kind, int line) implements Node {
    }

    private final Path file;
    private final AnsibleInventory inventory;

    private AnsibleYamlInventoryParser(Path file) {
        this.file = file;
        this.inventory = new AnsibleInventory(file);
    }

    static AnsibleInventory parse(Path file) {
        AnsibleYamlInventoryParser parser = new AnsibleYamlInventoryParser(file);
        Node root;
        try (JsonParser p = YAML.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return parser.inventory;
            }
            root = parser.read(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidConfigException(file, line, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InvalidConfigException(file, 0, "cannot read: " + e.getMessage());
        }
        if (!(root instanceof MapNode top)) {
            throw new InvalidConfigException(file, root.line(), "expected a mapping of group names");
        }
        top.entries().forEach((name, node) -> parser.group(name, node, top.keyLines().get(name)));
        return parser.inventory;
    }

    /**
     * The top-level scalar variables of a {@code group_vars}/{@code host_vars} file; lists and
     * mappings are not variables ironbook uses and are left out. A vault-encrypted file gives none.
     */
    static Map<String, AnsibleInventory.Value> readVarsFile(Path file) {
        AnsibleYamlInventoryParser parser = new AnsibleYamlInventoryParser(file);
        Map<String, AnsibleInventory.Value> vars = new LinkedHashMap<>();
        try {
            if (java.nio.file.Files.readString(file).startsWith("$ANSIBLE_VAULT")) {
                return vars;
            }
        } catch (IOException e) {
            throw new InvalidConfigException(file, 0, "cannot read: " + e.getMessage());
        }
        Node root;
        try (JsonParser p = YAML.createParser(file.toFile())) {
            if (p.nextToken() == null) {
                return vars;
            }
            root = parser.read(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidConfigException(file, line, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InvalidConfigException(file, 0, "cannot read: " + e.getMessage());
        }
        if (!(root instanceof MapNode map)) {
            throw new InvalidConfigException(file, root.line(), "expected a mapping of variables");
        }
        map.entries().forEach((key, value) -> {
            if (value instanceof Scalar scalar && scalar.text() != null) {
                vars.put(key, new AnsibleInventory.Value(scalar.text(), file, map.keyLines().get(key)));
            }
        });
        return vars;
    }

    private void group(String name, Node node, int line) {
        inventory.group(name);
        if (node instanceof Scalar s && s.text() == null) {
            return;
        }
        if (!(node instanceof MapNode map)) {
            throw new InvalidConfigException(file, line, "group '" + name + "' must be a mapping");
        }
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String key = entry.getKey();
            int keyLine = map.keyLines().get(key);
            if (!GROUP_KEYS.contains(key)) {
                throw new InvalidConfigException(file, keyLine,
                        "unknown key '" + key + "' in group '" + name + "' (expected hosts, vars or children)");
            }
            Node value = entry.getValue();
            if (value instanceof Scalar s && s.text() == null) {
                continue;
            }
            if (!(value instanceof MapNode values)) {
                throw new InvalidConfigException(file, keyLine, "'" + key + "' of group '" + name + "' must be a mapping");
            }
            switch (key) {
                case "hosts" -> values.entries().forEach((host, vars) -> host(name, host, vars, values.keyLines().get(host)));
                case "vars" -> vars(values, inventory.group(name).vars());
                default -> values.entries().forEach((child, sub) -> {
                    inventory.group(name).children().add(child);
                    group(child, sub, values.keyLines().get(child));
                });
            }
        }
    }

    private void host(String group, String hostPattern, Node vars, int line) {
        for (String name : AnsibleIniInventoryParser.expand(file, line, hostPattern)) {
            AnsibleInventory.Host host = inventory.host(name, file, line);
            inventory.group(group).hosts().add(name);
            if (vars instanceof MapNode map) {
                vars(map, host.vars());
            } else if (!(vars instanceof Scalar s && s.text() == null)) {
                throw new InvalidConfigException(file, line, "host '" + name + "' must have a mapping of variables or nothing");
            }
        }
    }

    private void vars(MapNode map, Map<String, AnsibleInventory.Value> into) {
        map.entries().forEach((key, value) -> {
            int keyLine = map.keyLines().get(key);
            String text = value instanceof Scalar s ? s.text() : null;
            into.put(key, new AnsibleInventory.Value(text == null ? "" : text, file, keyLine));
        });
    }

    private Node read(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (entries.containsKey(key)) {
                        throw new InvalidConfigException(file, keyLine, "duplicate key '" + key + "'");
                    }
                    p.nextToken();
                    entries.put(key, read(p));
                    keyLines.put(key, keyLine);
                }
                return new MapNode(entries, keyLines, line);
            }
            case START_ARRAY -> {
                p.skipChildren();
                return new Other("list", line);
            }
            case VALUE_NULL -> {
                return new Scalar(null, line);
            }
            default -> {
                return new Scalar(p.getText(), line);
            }
        }
    }
}
