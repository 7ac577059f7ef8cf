package io.ironbook.lab.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Eviction subresource ({@code POST .../pods/NAME/eviction}): honours PodDisruptionBudgets as the
 * API server does, answering 429 TooManyRequests when an eviction would break one, and otherwise
 * starts the pod's graceful termination. The plain mock treats the POST as a create and answers 409.
 */
final class Evictions {
    private final ApiStore store;
    private final Supplier<Instant> clock;

    /** The answer to an eviction request: HTTP status and body. */
    record Answer(int code, Map<String, Object> body) {
    }

    Evictions(ApiStore store, Supplier<Instant> clock) {
        this.store = store;
        this.clock = clock;
    }

    Answer evict(String namespace, String pod, String body) {
        Optional<String> json = store.json("/api/v1/namespaces/" + namespace + "/pods/" + pod);
        if (json.isEmpty()) {
            return new Answer(404, Json.status(404, "NotFound", "pods \"" + pod + "\" not found"));
        }
        Map<String, Object> target = Json.map(json.get());
        if (Json.at(target, "metadata.deletionTimestamp") != null) {
            return new Answer(201, Json.status(201, null, null));
        }
        List<Map<String, Object>> pods = Json.items(Json.map(store.json("/api/v1/namespaces/" + namespace + "/pods").orElse("{}")));
        List<Map<String, Object>> budgets = Json.items(Json.map(
                store.json("/apis/policy/v1/namespaces/" + namespace + "/poddisruptionbudgets").orElse("{}")));
        Map<String, Integer> replicas = new java.util.HashMap<>();
        for (Map<String, Object> rs : Json.items(Json.map(store.json("/apis/apps/v1/namespaces/" + namespace + "/replicasets").orElse("{}")))) {
            Object n = Json.at(rs, "spec.replicas");
            replicas.put(String.valueOf(Json.at(rs, "metadata.uid")), n instanceof Number num ? num.intValue() : 1);
        }
        for (Map<String, Object> pdb : budgets) {
            Budget budget = Budget.of(pdb, pods, replicas);
            if (!budget.selects(target)) {
                continue;
            }
            boolean targetHealthy = Budget.ready(target);
            if (budget.disruptionsAllowed() <= 0 && (targetHealthy || budget.healthy() < budget.desiredHealthy())) {
                Map<String, Object> status = Json.status(429, "TooManyRequests", "Cannot evict pod as it would violate the pod's disruption budget.");
                status.put("details", Map.of("causes", List.of(Map.of("reason", "DisruptionBudget", "message",
                        "The disruption budget " + Json.at(pdb, "metadata.name") + " needs " + budget.desiredHealthy()
                                + " healthy pods and has " + budget.healthy() + " currently"))));
                return new Answer(429, status);
            }
        }
        Long grace = gracePeriod(body);
        Terminations.begin(store, "/api/v1/namespaces/" + namespace + "/pods/" + pod, grace, clock.get());
        return new Answer(201, Json.status(201, null, null));
    }

    private static Long gracePeriod(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        Object value = Json.at(Json.map(body), "deleteOptions.gracePeriodSeconds");
        return value instanceof Number n ? n.longValue() : null;
    }
}
