package io.ironbook.yaml;

import java.util.Objects;

/**
 * A scalar as written: its text, whether it was quoted or written as a block, and what plain YAML
 * would resolve it to.
 *
 * @param text     the scalar's text, quotes and escapes resolved
 * @param type     what the scalar is: quoted and block scalars are always {@link Type#STRING}
 * @param plain    true when written without quotes or block indicators
 * @param location where it starts
 */
public record YamlScalar(String text, Type type, boolean plain, Location location) implements YamlNode {

    /** What a scalar resolves to under YAML's core rules. */
    public enum Type { STRING, INT, FLOAT, BOOL, NULL, TIMESTAMP }

    public YamlScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String description() {
        return switch (type) {
            case NULL -> "nothing";
            case INT, FLOAT -> "the number " + text;
            case BOOL -> "the boolean " + text;
            default -> "'" + abbreviated(text) + "'";
        };
    }

    private static String abbreviated(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
