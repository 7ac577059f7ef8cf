package io.ironbook.runbook;

import java.util.Optional;

/** The actions of a {@code kube} step, as written in {@code action:}. */
public enum KubeAction {
    CORDON("cordon"),
    UNCORDON("uncordon"),
    DRAIN("drain"),
    WAIT_READY("waitReady"),
    WAIT_NOT_READY("waitNotReady"),
    /** Read-only: what the API says about the node (status, conditions, taints, events). */
    DESCRIBE("describe");

    private final String yamlName;

    KubeAction(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<KubeAction> fromYaml(String text) {
        for (KubeAction action : values()) {
            if (action.yamlName.equals(text)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
