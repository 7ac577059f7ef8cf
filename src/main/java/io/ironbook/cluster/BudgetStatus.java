package io.ironbook.cluster;

import java.util.List;

/**
 * A PodDisruptionBudget as a drain sees it: how many disruptions it allows right now and which of the
 * node's pods it covers.
 */
public record BudgetStatus(String namespace, String name, int disruptionsAllowed, int currentHealthy,
        int desiredHealthy, int expectedPods, List<PodRef> coveredPods) {

    public BudgetStatus {
        coveredPods = List.copyOf(coveredPods);
    }

    /** One line: {@code PodDisruptionBudget ns/name allows 0 disruptions (2/2 healthy, 2 desired)}. */
    public String describe() {
        return "PodDisruptionBudget " + namespace + "/" + name + " allows " + disruptionsAllowed + " disruption"
                + (disruptionsAllowed == 1 ? "" : "s") + " (" + currentHealthy + " healthy, " + desiredHealthy
                + " desired, " + expectedPods + " expected)";
    }
}
