package io.ironbook.runbook;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a parameter value, as given on the command line or as a default, against its type. Node
 * names must be names Kubernetes accepts, so that no shell syntax can pass as a node.
 */
public final class ParamValues {

    private static final Pattern NODE = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

    private ParamValues() {
    }

    /** Empty when {@code value} is a valid {@code type}; else what is wrong, as "must be ...". */
    public static Optional<String> check(ParamType type, String value, List<String> enumValues) {
        boolean ok = switch (type) {
            case STRING -> true;
            case NODE -> NODE.matcher(value).matches();
            case NODES -> !value.isBlank() && java.util.Arrays.stream(value.split(",", -1))
                    .allMatch(n -> NODE.matcher(n.strip()).matches());
            case INT -> value.matches("-?\\d{1,9}");
            case BOOL -> value.equals("true") || value.equals("false");
            case DURATION -> GoDuration.parse(value).isPresent();
            case ENUM -> enumValues.contains(value);
        };
        if (ok) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case NODE -> "must be a node name (lower-case letters, digits, '-' and '.')";
            case NODES -> "must be node names separated by commas";
            case INT -> "must be a whole number";
            case BOOL -> "must be true or false";
            case DURATION -> "must be a duration such as 90s, 5m or 1h30m";
            case ENUM -> "must be one of " + String.join(", ", enumValues);
            case STRING -> "";
        });
    }
}
