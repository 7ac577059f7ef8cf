package io.ironbook.lab.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A field selector ({@code spec.nodeName=worker-1,status.phase!=Succeeded}) evaluated the way the API
 * server does. The plain mock understands only {@code metadata.name} and {@code metadata.namespace}.
 */
final class FieldSelector {

    /** One requirement: field, operator ({@code =} or {@code !=}), value. */
    private record Requirement(String field, boolean equal, String value) {
    }

    private final List<Requirement> requirements;

    private FieldSelector(List<Requirement> requirements) {
        this.requirements = requirements;
    }

    /** The selector in a query string that the mock cannot evaluate itself, if any. */
    static Optional<FieldSelector> fromQuery(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String param : query.split("&")) {
            if (param.startsWith("fieldSelector=")) {
                String value = URLDecoder.decode(param.substring(14), StandardCharsets.UTF_8);
                List<Requirement> reqs = new ArrayList<>();
                for (String part : value.split(",")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    boolean equal = !part.contains("!=");
                    String[] kv = part.split(equal ? "==?" : "!=", 2);
                    reqs.add(new Requirement(kv[0].strip(), equal, kv.length > 1 ? kv[1].strip() : ""));
                }
                boolean needed = reqs.stream().anyMatch(r -> !r.field().equals("metadata.name") && !r.field().equals("metadata.namespace"));
                return needed ? Optional.of(new FieldSelector(reqs)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The query string without its field selector. */
    static String without(String query) {
        List<String> kept = new ArrayList<>();
        for (String param : query.split("&")) {
            if (!param.startsWith("fieldSelector=")) {
                kept.add(param);
            }
        }
        return String.join("&", kept);
    }

    boolean matches(Map<String, Object> object) {
        for (Requirement r : requirements) {
            Object v = Json.at(object, r.field());
            String actual = v == null ? "" : String.valueOf(v);
            if (actual.equals(r.value()) != r.equal()) {
                return false;
            }
        }
        return true;
    }
}
