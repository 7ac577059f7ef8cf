package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Taint;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** Derives a {@link NodeSummary} from a fabric8 Node, with no call to the API. */
final class NodeSummaryMapper {
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";
    private static final Set<String> PRESSURES = Set.of("MemoryPressure", "DiskPressure", "PIDPressure");

    private NodeSummaryMapper() {
    }

    static NodeSummary summarize(Node node, OptionalInt podCount) {
        String name = node.getMetadata().getName();
        Map<String, String> labels = orEmpty(node.getMetadata().getLabels());
        Map<String, String> annotations = orEmpty(node.getMetadata().getAnnotations());
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());

        NodeReadiness readiness = NodeReadiness.UNKNOWN;
        String readyReason = "";
        String readyMessage = "";
        Optional<Instant> heartbeat = Optional.empty();
        List<NodeConditionSummary> pressures = new ArrayList<>();
        List<NodeConditionSummary> problems = new ArrayList<>();
        String kubeletVersion = "";
        String bootId = "";
        String internalIp = "";
        if (node.getStatus() != null) {
            for (NodeCondition condition : orEmpty(node.getStatus().getConditions())) {
                String type = condition.getType();
                if ("Ready".equals(type)) {
                    readiness = readiness(condition.getStatus());
                    readyReason = condition.getReason();
                    readyMessage = condition.getMessage();
                    heartbeat = parseTime(condition.getLastHeartbeatTime());
                } else if ("True".equals(condition.getStatus())) {
                    NodeConditionSummary summary = new NodeConditionSummary(
                            type, condition.getStatus(), condition.getReason(), condition.getMessage());
                    (PRESSURES.contains(type) ? pressures : problems).add(summary);
                }
            }
            if (node.getStatus().getNodeInfo() != null) {
                kubeletVersion = node.getStatus().getNodeInfo().getKubeletVersion();
                bootId = node.getStatus().getNodeInfo().getBootID();
            }
            for (NodeAddress address : orEmpty(node.getStatus().getAddresses())) {
                if ("InternalIP".equals(address.getType())) {
                    internalIp = address.getAddress();
                    break;
                }
            }
        }
        List<TaintSummary> taints = new ArrayList<>();
        if (node.getSpec() != null) {
            for (Taint taint : orEmpty(node.getSpec().getTaints())) {
                taints.add(new TaintSummary(taint.getKey(), taint.getValue(), taint.getEffect()));
            }
        }
        Instant created = parseTime(node.getMetadata().getCreationTimestamp()).orElse(Instant.EPOCH);
        return new NodeSummary(name, readiness, readyReason, readyMessage, cordoned, cordonMark(annotations),
                roles(labels), kubeletVersion, internalIp, created, heartbeat, pressures, taints, problems, bootId,
                podCount);
    }

    static NodeReadiness readiness(String status) {
        if ("True".equals(status)) {
            return NodeReadiness.READY;
        }
        if ("False".equals(status)) {
            return NodeReadiness.NOT_READY;
        }
        return NodeReadiness.UNKNOWN;
    }

    static List<String> roles(Map<String, String> labels) {
        Set<String> roles = new TreeSet<>();
        labels.forEach((key, value) -> {
            if (key.startsWith(ROLE_PREFIX) && key.length() > ROLE_PREFIX.length()) {
                roles.add(key.substring(ROLE_PREFIX.length()));
            } else if ("kubernetes.io/role".equals(key) && value != null && !value.isEmpty()) {
                roles.add(value);
            }
        });
        return List.copyOf(roles);
    }

    static Optional<CordonMark> cordonMark(Map<String, String> annotations) {
        String by = annotations.get(CordonMark.CORDONED_BY);
        if (by == null) {
            return Optional.empty();
        }
        return Optional.of(new CordonMark(by, annotations.get(CordonMark.CORDON_RUN),
                annotations.get(CordonMark.CORDON_REASON), parseTime(annotations.get(CordonMark.CORDONED_AT))));
    }

    static Optional<Instant> parseTime(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
