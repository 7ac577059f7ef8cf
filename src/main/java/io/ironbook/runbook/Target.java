package io.ironbook.runbook;

import java.util.List;
import java.util.Objects;

/**
 * The node or nodes a step acts on: names (each a literal or a {@code {{param}}} reference), every
 * node of a role, or every node matching a label selector.
 */
public sealed interface Target {

    /** Named nodes; each entry may be a {@code {{param}}} of type node or nodes. */
    record Nodes(List<String> names) implements Target {
        public Nodes {
            names = List.copyOf(names);
        }

        @Override
        public String toString() {
            return String.join(", ", names);
        }
    }

    /** Every node with the role, as in {@code node-role.kubernetes.io/<role>}. */
    record Role(String role) implements Target {
        public Role {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String toString() {
            return "every " + role + " node";
        }
    }

    /** Every node matching a Kubernetes label selector. */
    record Selector(String selector) implements Target {
        public Selector {
            Objects.requireNonNull(selector, "selector");
        }

        @Override
        public String toString() {
            return "nodes matching " + selector;
        }
    }
}
