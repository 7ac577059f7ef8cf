package io.ironbook.diagnose.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of fact kinds the parsers produce and the attributes each carries. Rule files may
 * only name these kinds and attributes; the rule loader checks them, and docs/rules.md lists them.
 */
public final class FactKinds {

    private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("mount", List.of("device", "target", "fstype", "options", "ro"));
        KINDS.put("swap", List.of("name", "type", "size", "used"));
        KINDS.put("module", List.of("name"));
        KINDS.put("sysctl", List.of("key", "value", "status"));
        KINDS.put("unit", List.of("name", "loaded", "enabled", "active", "sub", "result", "exitStatus", "state", "ago"));
        KINDS.put("node", List.of("name", "unschedulable", "source"));
        KINDS.put("condition", List.of("type", "status", "reason", "message", "source"));
        KINDS.put("taint", List.of("key", "effect", "source"));
        KINDS.put("nodeRow", List.of("name", "status", "roles", "version"));
        KINDS.put("cniDir", List.of("dir", "exists", "binaries", "configs", "files"));
        KINDS.put("containerdConfig", List.of("version", "systemdCgroup", "systemdCgroupKey", "cgroupDriver",
                "binDir", "binDirSet", "confDir", "criDisabled"));
        KINDS.put("cert", List.of("name", "expires", "residual", "expired"));
        KINDS.put("diskSpace", List.of("target", "filesystem", "fstype", "usePercent", "avail"));
        KINDS.put("diskInodes", List.of("target", "filesystem", "usePercent", "free"));
        KINDS.put("clock", List.of("synchronized", "ntp", "universalTime", "skewSeconds"));
    }

    private FactKinds() {
    }

    /** Every kind with its attributes, in catalogue order. */
    public static Map<String, List<String>> all() {
        return Collections.unmodifiableMap(KINDS);
    }

    /** The attributes of a kind, if the kind exists. */
    public static Optional<List<String>> attributes(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }
}
