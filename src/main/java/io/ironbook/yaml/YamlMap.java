package io.ironbook.yaml;

import java.util.List;
import java.util.Optional;

/** A mapping, its entries in file order; keys are unique (the reader refuses duplicates). */
public record YamlMap(List<YamlEntry> entries, Location location) implements YamlNode {

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<YamlEntry> entry(String key) {
        return entries.stream().filter(e -> e.name().equals(key)).findFirst();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(YamlEntry::value);
    }

    @Override
    public String description() {
        return "a mapping";
    }
}
