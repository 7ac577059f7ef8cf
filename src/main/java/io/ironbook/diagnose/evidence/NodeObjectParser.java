package io.ironbook.diagnose.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads {@code node.yaml}, the Node object as {@code kubectl get node -o yaml} (or {@code -o json},
 * or a {@code List} holding it) printed it: a {@code node} fact (name, unschedulable), one
 * {@code condition} fact per status condition and one {@code taint} fact per taint. Evidence points
 * at the line naming each condition's type. A file that is not YAML or JSON is noted, not fatal: its
 * lines still feed the log rules.
 */
public final class NodeObjectParser implements FactParser {

    /** Created on first use: a bundle without node.yaml never pays for Jackson. */
    private static final class Mappers {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
        static final ObjectMapper JSON = new ObjectMapper();
    }

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        String text = lines.stream().map(PastedText::clean).filter(l -> !PastedText.isPrompt(l))
                .collect(Collectors.joining("\n"));
        JsonNode root;
        try {
            root = text.stripLeading().startsWith("{") ? Mappers.JSON.readTree(text) : Mappers.YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            sink.note(file + at + ": not a Node in YAML or JSON (" + e.getOriginalMessage() + "); read as free text");
            return;
        }
        if (root == null || !root.isObject()) {
            sink.note(file + ":1: not a Node object; read as free text");
            return;
        }
        if ("List".equals(root.path("kind").asText()) && root.path("items").size() > 0) {
            root = pick(root.path("items"), meta.node());
        }
        String name = root.path("metadata").path("name").asText("");
        if (!name.isEmpty()) {
            sink.node(name, 3);
        }
        int nameLine = find(lines, 0, "name:", "\"name\"");
        boolean unschedulable = root.path("spec").path("unschedulable").asBoolean(false);
        sink.covers("node");
        int unschedLine = find(lines, 0, "unschedulable", "unschedulable");
        sink.add("node", PastedText.attrs("name", name, "unschedulable", String.valueOf(unschedulable), "source", file),
                unschedulable && unschedLine >= 0 ? PastedText.at(file, unschedLine, lines.get(unschedLine))
                        : new EvidenceLine(file, Math.max(nameLine, 0) + 1, "Node " + name));
        JsonNode taints = root.path("spec").path("taints");
        if (root.path("spec").isObject()) {
            sink.covers("taint");
        }
        int taintsLine = find(lines, 0, "taints:", "\"taints\"");
        for (JsonNode taint : taints) {
            String key = taint.path("key").asText("");
            int at = find(lines, Math.max(taintsLine, 0), key, key);
            sink.add("taint", PastedText.attrs("key", key, "effect", taint.path("effect").asText(""), "source", file),
                    new EvidenceLine(file, Math.max(at, 0) + 1, "taint " + key + ":" + taint.path("effect").asText("")));
        }
        JsonNode conditions = root.path("status").path("conditions");
        if (conditions.isArray() && conditions.size() > 0) {
            sink.covers("condition");
        }
        int condLine = Math.max(find(lines, 0, "conditions:", "\"conditions\""), 0);
        for (JsonNode c : conditions) {
            String type = c.path("type").asText("");
            String status = c.path("status").asText("");
            String reason = c.path("reason").asText("");
            String message = c.path("message").asText("");
            int at = findType(lines, condLine, type);
            sink.add("condition", PastedText.attrs("type", type, "status", status, "reason", reason,
                    "message", message, "source", file),
                    new EvidenceLine(file, Math.max(at, condLine) + 1,
                            type + "=" + status + (reason.isEmpty() ? "" : " reason=" + reason)
                                    + (message.isEmpty() ? "" : ": " + message)));
        }
    }

    private static JsonNode pick(JsonNode items, String node) {
        for (JsonNode item : items) {
            if (item.path("metadata").path("name").asText("").equals(node)) {
                return item;
            }
        }
        return items.get(0);
    }

    private static int find(List<String> lines, int from, String yamlNeedle, String jsonNeedle) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains(yamlNeedle) || l.contains(jsonNeedle)) {
                return i;
            }
        }
        return -1;
    }

    private static int findType(List<String> lines, int from, String type) {
        String lowerType = type.toLowerCase(Locale.ROOT);
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).toLowerCase(Locale.ROOT).replace("\"", "").replace(" ", "");
            if (l.endsWith("type:" + lowerType) || l.endsWith("type:" + lowerType + ",") || l.contains("-type:" + lowerType)) {
                return i;
            }
        }
        return -1;
    }
}
