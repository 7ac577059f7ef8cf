package io.ironbook.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes {@code meta.yaml}: when and from where a bundle was collected, and what each probe gave. */
final class BundleMeta {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private BundleMeta() {
    }

    static void write(CollectionReport report, Path dir, String collector, Optional<String> sshTarget,
                      Optional<String> api, Duration took) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("node", report.node());
        meta.put("collectedAt", report.collected().toString());
        meta.put("collectedBy", collector);
        meta.put("tookMs", took.toMillis());
        Map<String, Object> ssh = new LinkedHashMap<>();
        ssh.put("target", sshTarget.orElse("unknown"));
        ssh.put("reachable", report.sshError().isEmpty());
        report.sshError().ifPresent(e -> ssh.put("error", e));
        meta.put("ssh", ssh);
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("api", api.orElse("none"));
        cluster.put("files", report.apiFiles());
        report.apiError().ifPresent(e -> cluster.put("error", e));
        meta.put("api", cluster);
        List<Map<String, Object>> probes = new ArrayList<>();
        for (ProbeResult result : report.probes()) {
            Map<String, Object> probe = new LinkedHashMap<>();
            probe.put("file", result.probe().file());
            probe.put("command", result.probe().command());
            probe.put("written", result.written());
            probe.put("outcome", result.outcome());
            probe.put("ms", result.duration().toMillis());
            result.error().ifPresent(e -> probe.put("error", e));
            probes.add(probe);
        }
        meta.put("probes", probes);
        try {
            YAML.writeValue(dir.resolve("meta.yaml").toFile(), meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("meta.yaml"), e);
        }
    }
}
