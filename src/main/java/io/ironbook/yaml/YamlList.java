package io.ironbook.yaml;

import java.util.List;

/** A sequence, its items in file order. */
public record YamlList(List<YamlNode> items, Location location) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String description() {
        return "a list";
    }
}
