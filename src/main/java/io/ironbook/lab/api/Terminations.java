package io.ironbook.lab.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Graceful pod deletion: the pod gets a deletion timestamp and stays {@code Terminating} until its
 * node's kubelet confirms the containers stopped (a kubelet that is down never does), or until a
 * forced deletion with grace period 0.
 */
final class Terminations {
    static final long DEFAULT_GRACE = 30;

    private Terminations() {
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> begin(ApiStore store, String path, Long grace, Instant now) {
        if (grace != null && grace == 0) {
            Optional<String> json = store.json(path);
            store.delete(path);
            return json.map(Json::map);
        }
        Optional<String> json = store.json(path);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> pod = Json.map(json.get());
        Map<String, Object> metadata = (Map<String, Object>) pod.get("metadata");
        if (metadata.get("deletionTimestamp") == null) {
            Object specGrace = Json.at(pod, "spec.terminationGracePeriodSeconds");
            long seconds = grace != null ? grace : specGrace instanceof Number n ? n.longValue() : DEFAULT_GRACE;
            metadata.put("deletionTimestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
            metadata.put("deletionGracePeriodSeconds", seconds);
            store.replace(path, pod);
        }
        return Optional.of(pod);
    }
}
