package io.ironbook.diagnose.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code meta.yaml}, the collector's account of a bundle. */
public final class BundleMetaYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private BundleMetaYaml() {
    }

    /**
     * Reads meta.yaml's text; unknown keys are ignored so that newer collectors stay readable.
     *
     * @throws UnusableBundleException naming {@code meta.yaml:line:col} when the text is not YAML
     */
    public static BundleMeta read(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new UnusableBundleException(BundleFiles.META + where + ": not YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return BundleMeta.empty();
        }
        if (!root.isObject()) {
            throw new UnusableBundleException(BundleFiles.META + ":1:1: expected a mapping of node, collectedAt, ...");
        }
        List<String> channels = new ArrayList<>();
        root.path("channels").forEach(n -> channels.add(n.asText()));
        List<ProbeOutcome> probes = new ArrayList<>();
        root.path("probes").forEach(n -> probes.add(new ProbeOutcome(n.path("file").asText(""),
                n.path("command").asText(""), n.path("ok").asBoolean(true), n.path("detail").asText(""))));
        return new BundleMeta(root.path("node").asText(""), root.path("collectedAt").asText(""),
                root.path("collectedFrom").asText(""), channels, probes);
    }

    /** Writes meta as YAML text, every string quoted. */
    public static String write(BundleMeta meta) {
        StringBuilder out = new StringBuilder();
        out.append("node: ").append(quote(meta.node())).append('\n');
        out.append("collectedAt: ").append(quote(meta.collectedAt())).append('\n');
        out.append("collectedFrom: ").append(quote(meta.collectedFrom())).append('\n');
        out.append("channels: [");
        for (int i = 0; i < meta.channels().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(meta.channels().get(i)));
        }
        out.append("]\n");
        out.append("probes:").append(meta.probes().isEmpty() ? " []\n" : "\n");
        for (ProbeOutcome probe : meta.probes()) {
            out.append("  - file: ").append(quote(probe.file())).append('\n');
            out.append("    command: ").append(quote(probe.command())).append('\n');
            out.append("    ok: ").append(probe.ok()).append('\n');
            out.append("    detail: ").append(quote(probe.detail())).append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
