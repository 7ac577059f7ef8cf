package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cordon and uncordon by JSON merge patch of {@code spec.unschedulable}, guarded by the node's
 * resourceVersion so that a concurrent cordon by someone else is noticed (409) and re-read.
 */
final class Cordoner {
    private static final int ATTEMPTS = 3;

    private final KubernetesClient client;
    private final ApiErrors errors;
    private final CallDeadline deadline;

    Cordoner(KubernetesClient client, ApiErrors errors, CallDeadline deadline) {
        this.client = client;
        this.errors = errors;
        this.deadline = deadline;
    }

    CordonResult cordon(String name, CordonRequest request) {
        for (int attempt = 1; ; attempt++) {
            Node node = read(name);
            Optional<CordonMark> mark = NodeSummaryMapper.cordonMark(annotations(node));
            if (unschedulable(node)) {
                return new CordonResult(name, CordonResult.Outcome.ALREADY_CORDONED, mark);
            }
            Map<String, Object> notes = new LinkedHashMap<>();
            notes.put(CordonMark.CORDONED_BY, request.operator());
            notes.put(CordonMark.CORDON_RUN, request.runId().isEmpty() ? null : request.runId());
            notes.put(CordonMark.CORDON_REASON, request.reason().isEmpty() ? null : request.reason());
            notes.put(CordonMark.CORDONED_AT, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("unschedulable", true);
            if (patch(node, notes, spec, attempt)) {
                return new CordonResult(name, CordonResult.Outcome.CORDONED, Optional.of(new CordonMark(
                        request.operator(), request.runId(), request.reason(), Optional.of(Instant.now()))));
            }
        }
    }

    CordonResult uncordon(String name, UncordonScope scope) {
        for (int attempt = 1; ; attempt++) {
            Node node = read(name);
            Optional<CordonMark> mark = NodeSummaryMapper.cordonMark(annotations(node));
            if (!unschedulable(node)) {
                return new CordonResult(name, CordonResult.Outcome.ALREADY_UNCORDONED, mark);
            }
            if (scope.runId().isPresent()
                    && !mark.map(m -> m.runId().equals(scope.runId().get())).orElse(false)) {
                return new CordonResult(name, CordonResult.Outcome.LEFT_CORDONED, mark);
            }
            Map<String, Object> notes = new LinkedHashMap<>();
            for (String key : new String[] {CordonMark.CORDONED_BY, CordonMark.CORDON_RUN, CordonMark.CORDON_REASON,
                    CordonMark.CORDONED_AT}) {
                if (annotations(node).containsKey(key)) {
                    notes.put(key, null);
                }
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("unschedulable", null);
            if (patch(node, notes, spec, attempt)) {
                return new CordonResult(name, CordonResult.Outcome.UNCORDONED, mark);
            }
        }
    }

    /** Sends the merge patch; false on a conflict that is worth re-reading the node for. */
    private boolean patch(Node node, Map<String, Object> annotations, Map<String, Object> spec, int attempt) {
        String name = node.getMetadata().getName();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("resourceVersion", node.getMetadata().getResourceVersion());
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metadata", metadata);
        body.put("spec", spec);
        String json = client.getKubernetesSerialization().asJson(body);
        try {
            deadline.within("patch nodes/" + name,
                    () -> client.nodes().withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), json));
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409 && attempt < ATTEMPTS) {
                return false;
            }
            throw errors.translate(e, "patch", "nodes/" + name);
        } catch (ClusterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw errors.translate(e, "patch", "nodes/" + name);
        }
    }

    private Node read(String name) {
        Node node;
        try {
            node = deadline.within("get nodes/" + name, () -> client.nodes().withName(name).get());
        } catch (ClusterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw errors.translate(e, "get", "nodes/" + name);
        }
        if (node == null) {
            throw new ClusterException(ClusterException.Kind.NOT_FOUND, "node " + name + " not found");
        }
        return node;
    }

    private static boolean unschedulable(Node node) {
        return node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
    }

    private static Map<String, String> annotations(Node node) {
        Map<String, String> annotations = node.getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }
}
