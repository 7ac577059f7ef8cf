package io.ironbook.yaml;

import java.util.Objects;

/** One {@code key: value} pair of a mapping, the key being a scalar. */
public record YamlEntry(YamlScalar key, YamlNode value) {

    public YamlEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public String name() {
        return key.text();
    }
}
