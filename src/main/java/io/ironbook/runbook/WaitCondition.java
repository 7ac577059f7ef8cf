package io.ironbook.runbook;

import java.util.Objects;
import java.util.Optional;

/**
 * One condition of a {@code wait} step; a step waits until all of its conditions hold.
 *
 * @param kind   what is awaited
 * @param target the nodes it is about (absent for {@code apiReachable})
 */
public record WaitCondition(Kind kind, Optional<Target> target) {

    /** The conditions a wait step can wait for, by their YAML key. */
    public enum Kind {
        NODE_READY("nodeReady", "is Ready"),
        NODE_NOT_READY("nodeNotReady", "is NotReady"),
        NODE_UNKNOWN("nodeUnknown", "is Unknown (the control plane stopped hearing from it)"),
        BOOT_ID_CHANGED("bootIdChanged", "is back with a new boot id"),
        SSH_REACHABLE("sshReachable", "answers over SSH"),
        SSH_UNREACHABLE("sshUnreachable", "no longer answers over SSH"),
        API_REACHABLE("apiReachable", "the Kubernetes API answers");

        private final String key;
        private final String meaning;

        Kind(String key, String meaning) {
            this.key = key;
            this.meaning = meaning;
        }

        public String key() {
            return key;
        }

        /** How the condition reads after the node's name: "is Ready", "answers over SSH". */
        public String meaning() {
            return meaning;
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

    public WaitCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        if (kind == Kind.API_REACHABLE) {
            return kind.meaning();
        }
        return target.map(Object::toString).orElse("?") + " " + kind.meaning();
    }
}
