package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetList;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetStatus;
import io.ironbook.lab.api.ApiStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The disruption controller: keeps each PodDisruptionBudget's status (healthy, desired, allowed) current. */
final class Disruptions {
    private final ApiStore store;

    Disruptions(ApiStore store) {
        this.store = store;
    }

    void update(List<Pod> pods, Instant now) {
        Map<String, Integer> replicas = new java.util.HashMap<>();
        for (var rs : store.list("/apis/apps/v1/replicasets", io.fabric8.kubernetes.api.model.apps.ReplicaSetList.class)) {
            replicas.put(rs.getMetadata().getUid(), rs.getSpec().getReplicas() == null ? 1 : rs.getSpec().getReplicas());
        }
        for (PodDisruptionBudget pdb : store.list("/apis/policy/v1/poddisruptionbudgets", PodDisruptionBudgetList.class)) {
            Map<String, String> selector = pdb.getSpec().getSelector() == null ? Map.of() : pdb.getSpec().getSelector().getMatchLabels();
            int counted = 0;
            int healthy = 0;
            java.util.Set<String> owners = new java.util.HashSet<>();
            for (Pod p : pods) {
                if (pdb.getMetadata().getNamespace().equals(p.getMetadata().getNamespace())
                        && selector != null && !selector.isEmpty() && p.getMetadata().getLabels() != null
                        && p.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())) {
                    p.getMetadata().getOwnerReferences().stream().map(o -> o.getUid()).filter(replicas::containsKey).forEach(owners::add);
                    if (Scheduler.active(p)) {
                        counted++;
                        healthy += Kubelets.isReady(p) ? 1 : 0;
                    }
                }
            }
            int expected = Math.max(counted, owners.stream().mapToInt(replicas::get).sum());
            int desired = desired(pdb, expected);
            int allowed = Math.max(0, healthy - desired);
            int exp = expected;
            int ok = healthy;
            store.update("/apis/policy/v1/namespaces/" + pdb.getMetadata().getNamespace() + "/poddisruptionbudgets/"
                    + pdb.getMetadata().getName(), PodDisruptionBudget.class, b -> {
                        PodDisruptionBudgetStatus s = b.getStatus() == null ? new PodDisruptionBudgetStatus() : b.getStatus();
                        boolean same = s.getDisruptionsAllowed() != null && s.getDisruptionsAllowed() == allowed
                                && s.getCurrentHealthy() != null && s.getCurrentHealthy() == ok && s.getExpectedPods() != null && s.getExpectedPods() == exp;
                        if (same) {
                            return b;
                        }
                        s.setCurrentHealthy(ok);
                        s.setDesiredHealthy(desired);
                        s.setExpectedPods(exp);
                        s.setDisruptionsAllowed(allowed);
                        s.setObservedGeneration(b.getMetadata().getGeneration());
                        Condition c = new Condition();
                        c.setType("DisruptionAllowed");
                        c.setStatus(allowed > 0 ? "True" : "False");
                        c.setReason(allowed > 0 ? "SufficientPods" : "InsufficientPods");
                        c.setMessage("");
                        c.setLastTransitionTime(Conditions.time(now));
                        c.setObservedGeneration(b.getMetadata().getGeneration());
                        s.setConditions(List.of(c));
                        b.setStatus(s);
                        return b;
                    });
        }
    }

    private static int desired(PodDisruptionBudget pdb, int expected) {
        IntOrString min = pdb.getSpec().getMinAvailable();
        IntOrString max = pdb.getSpec().getMaxUnavailable();
        if (min != null) {
            return value(min, expected, true);
        }
        if (max != null) {
            return Math.max(0, expected - value(max, expected, false));
        }
        return expected;
    }

    private static int value(IntOrString v, int total, boolean up) {
        if (v.getIntVal() != null) {
            return v.getIntVal();
        }
        double p = Integer.parseInt(v.getStrVal().replace("%", "")) * total / 100.0;
        return (int) (up ? Math.ceil(p) : Math.floor(p));
    }
}
