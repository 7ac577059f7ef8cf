package io.ironbook.yaml;

/** A node of a YAML document that knows where it stands in its file. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    /** Where the node starts. */
    Location location();

    /** What the node is, for messages: "a mapping", "a list", "text", "a number"... */
    String description();
}
