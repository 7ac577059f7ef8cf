package io.ironbook.runbook;

import java.util.Objects;

/** What the operator must do before a step runs. */
public sealed interface Gate {

    /** An explicit yes. {@code --yes} may answer it. */
    record Confirm() implements Gate {
        @Override
        public String toString() {
            return "confirm";
        }
    }

    /** The operator types {@code text} (after parameter substitution); nothing else answers it. */
    record Typed(String text) implements Gate {
        public Typed {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "type \"" + text + "\" to confirm";
        }
    }
}
