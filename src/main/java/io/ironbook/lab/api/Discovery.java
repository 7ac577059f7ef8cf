package io.ironbook.lab.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discovery documents a real API server serves ({@code /version}, {@code /api}, {@code /apis},
 * {@code /api/v1}, {@code /apis/GROUP/VERSION}), so that kubectl and fabric8 find the resources the lab
 * holds. The plain mock serves none of them.
 */
final class Discovery {
    private static final List<String> VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

    /** One served resource. */
    private record Resource(String name, String kind, boolean namespaced, List<String> shortNames) {
    }

    private static final Map<String, List<Resource>> GROUP_VERSIONS = new LinkedHashMap<>();

    static {
        GROUP_VERSIONS.put("v1", List.of(
                new Resource("namespaces", "Namespace", false, List.of("ns")),
                new Resource("nodes", "Node", false, List.of("no")),
                new Resource("nodes/status", "Node", false, List.of()),
                new Resource("pods", "Pod", true, List.of("po")),
                new Resource("pods/status", "Pod", true, List.of()),
                new Resource("pods/eviction", "Eviction", true, List.of()),
                new Resource("events", "Event", true, List.of("ev")),
                new Resource("services", "Service", true, List.of("svc")),
                new Resource("configmaps", "ConfigMap", true, List.of("cm"))));
        GROUP_VERSIONS.put("apps/v1", List.of(
                new Resource("deployments", "Deployment", true, List.of("deploy")),
                new Resource("replicasets", "ReplicaSet", true, List.of("rs")),
                new Resource("daemonsets", "DaemonSet", true, List.of("ds")),
                new Resource("statefulsets", "StatefulSet", true, List.of("sts"))));
        GROUP_VERSIONS.put("policy/v1", List.of(new Resource("poddisruptionbudgets", "PodDisruptionBudget", true, List.of("pdb"))));
        GROUP_VERSIONS.put("coordination.k8s.io/v1", List.of(new Resource("leases", "Lease", true, List.of())));
    }

    private final String serverAddress;

    /** The kind of a plural resource name ({@code pods} → {@code Pod}), or null. */
    static String kindOf(String resource) {
        for (List<Resource> list : GROUP_VERSIONS.values()) {
            for (Resource r : list) {
                if (r.name().equals(resource)) {
                    return r.kind();
                }
            }
        }
        return null;
    }

    Discovery(String serverAddress) {
        this.serverAddress = serverAddress;
    }

    /** The discovery document for a path, or empty when the path is not a discovery path. */
    Optional<Object> document(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return switch (p) {
            case "/version" -> Optional.of(version());
            case "/api" -> Optional.of(Map.of("kind", "APIVersions", "versions", List.of("v1"),
                    "serverAddressByClientCIDRs", List.of(Map.of("clientCIDR", "0.0.0.0/0", "serverAddress", serverAddress))));
            case "/apis" -> Optional.of(groups());
            case "/api/v1" -> Optional.of(resources("v1"));
            case "/healthz", "/livez", "/readyz" -> Optional.of("ok");
            default -> {
                if (p.startsWith("/apis/")) {
                    String gv = p.substring(6);
                    if (GROUP_VERSIONS.containsKey(gv) && !gv.equals("v1")) {
                        yield Optional.of(resources(gv));
                    }
                }
                yield Optional.empty();
            }
        };
    }

    private static Map<String, Object> version() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("major", "1");
        v.put("minor", "30");
        v.put("gitVersion", "v1.30.4");
        v.put("gitCommit", "a51b3b711150f57ffc1f526a640ec058514ed596");
        v.put("gitTreeState", "clean");
        v.put("buildDate", "2024-08-14T19:02:46Z");
        v.put("goVersion", "go1.22.5");
        v.put("compiler", "gc");
        v.put("platform", "linux/amd64");
        return v;
    }

    private static Map<String, Object> groups() {
        List<Object> groups = new ArrayList<>();
        for (String gv : GROUP_VERSIONS.keySet()) {
            if (gv.equals("v1")) {
                continue;
            }
            String group = gv.substring(0, gv.indexOf('/'));
            String version = gv.substring(gv.indexOf('/') + 1);
            Map<String, Object> ver = Map.of("groupVersion", gv, "version", version);
            groups.add(Map.of("name", group, "versions", List.of(ver), "preferredVersion", ver));
        }
        return Map.of("kind", "APIGroupList", "apiVersion", "v1", "groups", groups);
    }

    private static Map<String, Object> resources(String gv) {
        List<Object> list = new ArrayList<>();
        for (Resource r : GROUP_VERSIONS.get(gv)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("singularName", r.name().contains("/") ? "" : r.kind().toLowerCase(java.util.Locale.ROOT));
            m.put("namespaced", r.namespaced());
            m.put("kind", r.kind());
            if (r.name().equals("pods/eviction")) {
                m.put("group", "policy");
                m.put("version", "v1");
                m.put("verbs", List.of("create"));
            } else if (r.name().contains("/")) {
                m.put("verbs", List.of("get", "patch", "update"));
            } else {
                m.put("verbs", VERBS);
            }
            if (!r.shortNames().isEmpty()) {
                m.put("shortNames", r.shortNames());
            }
            if (!r.name().contains("/") && !r.kind().equals("Node") && !r.kind().equals("Namespace") && !r.kind().equals("Lease")
                    && !r.kind().equals("Event") && !r.kind().equals("PodDisruptionBudget")) {
                m.put("categories", List.of("all"));
            }
            list.add(m);
        }
        return Map.of("kind", "APIResourceList", "apiVersion", "v1", "groupVersion", gv, "resources", list);
    }
}
