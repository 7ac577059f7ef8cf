package io.ironbook.lab.api;

import java.util.List;
import java.util.Map;

/**
 * A PodDisruptionBudget evaluated against the pods it selects: expected, healthy, desired healthy and
 * allowed disruptions, as the disruption controller computes them.
 *
 * @param selector           the budget's matchLabels
 * @param expected           pods the budget covers: its controllers' scale (or the live pods, if more)
 * @param healthy            of those, the Ready ones
 * @param desiredHealthy     how many must stay Ready
 */
record Budget(Map<String, Object> selector, int expected, int healthy, int desiredHealthy) {

    @SuppressWarnings("unchecked")
    static Budget of(Map<String, Object> pdb, List<Map<String, Object>> pods, Map<String, Integer> replicasByOwner) {
        Object labels = Json.at(pdb, "spec.selector.matchLabels");
        Map<String, Object> selector = labels instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        int counted = 0;
        int healthy = 0;
        java.util.Set<String> owners = new java.util.HashSet<>();
        for (Map<String, Object> pod : pods) {
            if (!matches(selector, pod)) {
                continue;
            }
            Object refs = Json.at(pod, "metadata.ownerReferences");
            if (refs instanceof List<?> list) {
                for (Object r : list) {
                    if (r instanceof Map<?, ?> ref && replicasByOwner.containsKey(String.valueOf(ref.get("uid")))) {
                        owners.add(String.valueOf(ref.get("uid")));
                    }
                }
            }
            if (Json.at(pod, "metadata.deletionTimestamp") == null) {
                counted++;
                healthy += ready(pod) ? 1 : 0;
            }
        }
        int scale = owners.stream().mapToInt(replicasByOwner::get).sum();
        int expected = Math.max(counted, scale);
        int desired;
        Object min = Json.at(pdb, "spec.minAvailable");
        Object max = Json.at(pdb, "spec.maxUnavailable");
        if (min != null) {
            desired = value(min, expected, true);
        } else if (max != null) {
            desired = Math.max(0, expected - value(max, expected, false));
        } else {
            desired = expected;
        }
        return new Budget(selector, expected, healthy, desired);
    }

    private static int value(Object v, int total, boolean roundUp) {
        String s = String.valueOf(v);
        if (s.endsWith("%")) {
            double p = Integer.parseInt(s.substring(0, s.length() - 1)) * total / 100.0;
            return (int) (roundUp ? Math.ceil(p) : Math.floor(p));
        }
        return v instanceof Number n ? n.intValue() : Integer.parseInt(s);
    }

    int disruptionsAllowed() {
        return Math.max(0, healthy - desiredHealthy);
    }

    boolean selects(Map<String, Object> pod) {
        return !selector.isEmpty() && matches(selector, pod);
    }

    private static boolean matches(Map<String, Object> selector, Map<String, Object> pod) {
        Object labels = Json.at(pod, "metadata.labels");
        if (!(labels instanceof Map<?, ?> l) || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Object> e : selector.entrySet()) {
            if (!String.valueOf(e.getValue()).equals(String.valueOf(l.get(e.getKey())))) {
                return false;
            }
        }
        return true;
    }

    static boolean ready(Map<String, Object> pod) {
        Object conditions = Json.at(pod, "status.conditions");
        if (conditions instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof Map<?, ?> m && "Ready".equals(m.get("type"))) {
                    return "True".equals(m.get("status"));
                }
            }
        }
        return false;
    }
}
