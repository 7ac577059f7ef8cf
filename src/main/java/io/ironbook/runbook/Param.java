package io.ironbook.runbook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A runbook parameter.
 *
 * @param name         camelCase name, referenced as {@code {{name}}}
 * @param type         its type
 * @param required     whether the operator must give it
 * @param defaultValue the value when not given (never with {@code required})
 * @param description  what it is, for the operator
 * @param values       the allowed values of an {@code enum}
 * @param secret       whether the value is redacted from journals, logs and screens
 */
public record Param(String name, ParamType type, boolean required, Optional<String> defaultValue,
                    String description, List<String> values, boolean secret) {

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        description = description == null ? "" : description;
        values = List.copyOf(values);
    }
}
