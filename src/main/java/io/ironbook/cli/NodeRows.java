package io.ironbook.cli;

import io.ironbook.cluster.HumanDuration;
import io.ironbook.cluster.NodeConditionSummary;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.TaintSummary;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders node summaries for {@code ironbook nodes}: a kubectl-like aligned table (with a REASON column
 * for what is not healthy, and colour only on a terminal), or plain maps for JSON and YAML.
 */
final class NodeRows {
    private static final String RESET = "\u001b[0m";

    private NodeRows() {
    }

    static void table(List<NodeSummary> nodes, boolean withPods, boolean colour, Instant now, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP",
                "HEARTBEAT"));
        if (withPods) {
            header.add("PODS");
        }
        header.add("REASON");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (NodeSummary node : nodes) {
            List<String> row = new ArrayList<>(List.of(node.name(), node.statusText(),
                    node.roles().isEmpty() ? "<none>" : String.join(",", node.roles()),
                    HumanDuration.format(node.age(now)), orNone(node.kubeletVersion()), orNone(node.internalIp()),
                    node.heartbeatAge(now).map(HumanDuration::format).orElse("<none>")));
            if (withPods) {
                row.add(node.podCount().isPresent() ? Integer.toString(node.podCount().getAsInt()) : "?");
            }
            row.add(node.reasonText());
            rows.add(row);
        }
        int columns = header.size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                boolean last = i == columns - 1;
                String padded = last ? cell : cell + " ".repeat(widths[i] - cell.length() + 3);
                if (colour && r > 0 && i == 1) {
                    padded = colourOf(nodes.get(r - 1)) + cell + RESET + padded.substring(cell.length());
                }
                line.append(padded);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        out.print(text);
    }

    private static String colourOf(NodeSummary node) {
        if (node.readiness() == NodeReadiness.NOT_READY) {
            return "\u001b[31m";
        }
        if (node.readiness() == NodeReadiness.UNKNOWN) {
            return "\u001b[33m";
        }
        return node.healthy() ? "\u001b[32m" : "\u001b[33m";
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "<none>" : text;
    }

    /** One node as a map with stable keys, for {@code -o json} and {@code -o yaml}. */
    static Map<String, Object> asMap(NodeSummary node, Instant now) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", node.name());
        map.put("status", node.readiness().display());
        map.put("readyReason", node.readyReason());
        map.put("readyMessage", node.readyMessage());
        map.put("healthy", node.healthy());
        map.put("reason", node.reasonText());
        map.put("cordoned", node.cordoned());
        node.cordonMark().ifPresent(mark -> {
            Map<String, Object> cordon = new LinkedHashMap<>();
            cordon.put("by", mark.by());
            cordon.put("runId", mark.runId());
            cordon.put("reason", mark.reason());
            cordon.put("at", mark.at().map(Instant::toString).orElse(null));
            map.put("cordonedByIronbook", cordon);
        });
        map.put("roles", node.roles());
        map.put("kubeletVersion", node.kubeletVersion());
        map.put("internalIP", node.internalIp());
        map.put("created", node.created().toString());
        map.put("ageSeconds", node.age(now).getSeconds());
        map.put("lastHeartbeat", node.lastHeartbeat().map(Instant::toString).orElse(null));
        map.put("heartbeatAgeSeconds", node.heartbeatAge(now).map(age -> age.getSeconds()).orElse(null));
        map.put("pressures", conditions(node.pressures()));
        map.put("problems", conditions(node.problems()));
        List<Map<String, Object>> taints = new ArrayList<>();
        for (TaintSummary taint : node.taints()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("key", taint.key());
            t.put("value", taint.value());
            t.put("effect", taint.effect());
            taints.add(t);
        }
        map.put("taints", taints);
        map.put("bootID", node.bootId());
        map.put("pods", node.podCount().isPresent() ? node.podCount().getAsInt() : null);
        return map;
    }

    private static List<Map<String, Object>> conditions(List<NodeConditionSummary> conditions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (NodeConditionSummary condition : conditions) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("type", condition.type());
            c.put("reason", condition.reason());
            c.put("message", condition.message());
            list.add(c);
        }
        return list;
    }
}
