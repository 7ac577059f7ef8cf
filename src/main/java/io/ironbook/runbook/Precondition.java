package io.ironbook.runbook;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition checked before the first step; any failure stops the run before it changes anything.
 *
 * @param kind   what is checked
 * @param target the nodes it is about, for node conditions
 */
public record Precondition(Kind kind, Optional<Target> target) {

    /** The conditions a runbook can require, by their YAML key. */
    public enum Kind {
        /** The named nodes exist in the cluster. */
        NODE_EXISTS("nodeExists"),
        /** The named nodes are Ready. */
        NODE_READY("nodeReady"),
        /** The named nodes answer over SSH. */
        SSH_REACHABLE("sshReachable"),
        /** Every control-plane node other than this run's targets is Ready (etcd keeps quorum). */
        OTHER_CONTROL_PLANES_READY("otherControlPlanesReady"),
        /** The Kubernetes API answers. */
        API_REACHABLE("apiReachable");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Whether the condition is written {@code key: true} rather than naming nodes. */
        public boolean isFlag() {
            return this == OTHER_CONTROL_PLANES_READY || this == API_REACHABLE;
        }

        public static Optional<Kind> fromKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Precondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NODE_EXISTS -> "node " + target.orElseThrow() + " exists";
            case NODE_READY -> "node " + target.orElseThrow() + " is Ready";
            case SSH_REACHABLE -> "node " + target.orElseThrow() + " answers over SSH";
            case OTHER_CONTROL_PLANES_READY -> "every other control-plane node is Ready";
            case API_REACHABLE -> "the Kubernetes API answers";
        };
    }
}
