package io.ironbook.runbook;

import java.util.Locale;
import java.util.Optional;

/** The type of a runbook parameter, as written in {@code type:}. */
public enum ParamType {
    STRING, NODE, NODES, INT, BOOL, DURATION, ENUM;

    /** The name as written in runbooks. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParamType> fromYaml(String text) {
        for (ParamType type : values()) {
            if (type.yamlName().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether a value of this type can name the node or nodes a step acts on. */
    public boolean namesNodes() {
        return this == NODE || this == NODES || this == STRING;
    }
}
