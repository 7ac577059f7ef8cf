package io.ironbook.lab.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Server-side printing: the {@code meta.k8s.io/v1} Table kubectl asks for ({@code Accept: ...;as=Table})
 * for nodes and pods, with the columns and cell texts the real API server produces.
 */
final class Tables {

    private Tables() {
    }

    static boolean supports(String resource) {
        return resource.equals("nodes") || resource.equals("pods");
    }

    /** A Table from a list (or a single object) of nodes or pods. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> table(String resource, Map<String, Object> listOrItem, Instant now) {
        List<Map<String, Object>> items = listOrItem.containsKey("items") ? Json.items(listOrItem) : List.of(listOrItem);
        List<Object> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            List<Object> cells = resource.equals("nodes") ? nodeCells(item, now) : podCells(item, now);
            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("kind", "PartialObjectMetadata");
            partial.put("apiVersion", "meta.k8s.io/v1");
            partial.put("metadata", item.get("metadata"));
            rows.add(Map.of("cells", cells, "object", partial));
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("kind", "Table");
        table.put("apiVersion", "meta.k8s.io/v1");
        Object meta = listOrItem.get("metadata");
        table.put("metadata", listOrItem.containsKey("items") && meta instanceof Map<?, ?> m
                ? Map.of("resourceVersion", String.valueOf(((Map<String, Object>) m).getOrDefault("resourceVersion", ""))) : Map.of());
        table.put("columnDefinitions", resource.equals("nodes") ? nodeColumns() : podColumns());
        table.put("rows", rows);
        return table;
    }

    private static List<Object> nodeColumns() {
        return List.of(column("Name", "name", 0), column("Status", "", 0), column("Roles", "", 0), column("Age", "", 0),
                column("Version", "", 0), column("Internal-IP", "", 1), column("External-IP", "", 1), column("OS-Image", "", 1),
                column("Kernel-Version", "", 1), column("Container-Runtime", "", 1));
    }

    private static List<Object> podColumns() {
        return List.of(column("Name", "name", 0), column("Ready", "", 0), column("Status", "", 0), column("Restarts", "", 0),
                column("Age", "", 0), column("IP", "", 1), column("Node", "", 1), column("Nominated Node", "", 1),
                column("Readiness Gates", "", 1));
    }

    private static Map<String, Object> column(String name, String format, int priority) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("type", name.equals("Restarts") ? "string" : "string");
        c.put("format", format);
        c.put("description", name);
        c.put("priority", priority);
        return c;
    }

    private static List<Object> nodeCells(Map<String, Object> node, Instant now) {
        String ready = "Unknown";
        Object conditions = Json.at(node, "status.conditions");
        if (conditions instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof Map<?, ?> m && "Ready".equals(m.get("type"))) {
                    ready = "True".equals(m.get("status")) ? "Ready" : "False".equals(m.get("status")) ? "NotReady" : "Unknown";
                }
            }
        }
        if (Boolean.TRUE.equals(Json.at(node, "spec.unschedulable"))) {
            ready += ",SchedulingDisabled";
        }
        TreeSet<String> roles = new TreeSet<>();
        Object labels = Json.at(node, "metadata.labels");
        if (labels instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                String key = String.valueOf(k);
                if (key.startsWith("node-role.kubernetes.io/")) {
                    roles.add(key.substring("node-role.kubernetes.io/".length()));
                }
            }
        }
        String internalIp = "<none>";
        Object addresses = Json.at(node, "status.addresses");
        if (addresses instanceof List<?> list) {
            for (Object a : list) {
                if (a instanceof Map<?, ?> m && "InternalIP".equals(m.get("type"))) {
                    internalIp = String.valueOf(m.get("address"));
                }
            }
        }
        return List.of(Json.at(node, "metadata.name"), ready, roles.isEmpty() ? "<none>" : String.join(",", roles),
                age(Json.at(node, "metadata.creationTimestamp"), now), text(Json.at(node, "status.nodeInfo.kubeletVersion")),
                internalIp, "<none>", text(Json.at(node, "status.nodeInfo.osImage")), text(Json.at(node, "status.nodeInfo.kernelVersion")),
                text(Json.at(node, "status.nodeInfo.containerRuntimeVersion")));
    }

    private static List<Object> podCells(Map<String, Object> pod, Instant now) {
        int total = 0;
        int ready = 0;
        long restarts = 0;
        String reason = text(Json.at(pod, "status.phase"));
        Object statuses = Json.at(pod, "status.containerStatuses");
        if (statuses instanceof List<?> list) {
            for (Object s : list) {
                if (s instanceof Map<?, ?> m) {
                    total++;
                    ready += Boolean.TRUE.equals(m.get("ready")) ? 1 : 0;
                    restarts += m.get("restartCount") instanceof Number n ? n.longValue() : 0;
                    if (m.get("state") instanceof Map<?, ?> state && state.get("waiting") instanceof Map<?, ?> waiting) {
                        reason = String.valueOf(waiting.get("reason"));
                    }
                }
            }
        }
        if (total == 0) {
            Object containers = Json.at(pod, "spec.containers");
            total = containers instanceof List<?> l ? l.size() : 1;
        }
        if (Json.at(pod, "metadata.deletionTimestamp") != null) {
            reason = "Terminating";
        }
        return List.of(Json.at(pod, "metadata.name"), ready + "/" + total, reason, restarts,
                age(Json.at(pod, "metadata.creationTimestamp"), now), text(Json.at(pod, "status.podIP")),
                text(Json.at(pod, "spec.nodeName")), "<none>", "<none>");
    }

    private static String text(Object value) {
        return value == null ? "<none>" : String.valueOf(value);
    }

    private static String age(Object timestamp, Instant now) {
        if (timestamp == null) {
            return "<unknown>";
        }
        return human(Duration.between(Instant.parse(String.valueOf(timestamp)), now));
    }

    /** Kubernetes' HumanDuration: 45s, 3m12s, 15m, 5h3m, 26h, 3d4h, 20d, 2y. */
    static String human(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long m = s / 60;
        long h = m / 60;
        if (s < 120) {
            return s + "s";
        }
        if (m < 10) {
            return m + "m" + (s % 60 == 0 ? "" : (s % 60) + "s");
        }
        if (m < 180) {
            return m + "m";
        }
        if (h < 8) {
            return h + "h" + (m % 60 == 0 ? "" : (m % 60) + "m");
        }
        if (h < 48) {
            return h + "h";
        }
        if (h < 24 * 8) {
            return (h / 24) + "d" + (h % 24 == 0 ? "" : (h % 24) + "h");
        }
        if (h < 24 * 365 * 2) {
            return (h / 24) + "d";
        }
        return (h / 24 / 365) + "y";
    }
}
