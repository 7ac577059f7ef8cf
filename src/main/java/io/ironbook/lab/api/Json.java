package io.ironbook.lab.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/** JSON as plain maps and lists, for the generic parts of the API (patches, selectors, tables). */
final class Json {
    private static final ObjectMapper MAPPER = Serialization.jsonMapper();

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) {
        return MAPPER.readValue(json, LinkedHashMap.class);
    }

    static Object any(String json) {
        return MAPPER.readValue(json, Object.class);
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The value at a dotted path ({@code spec.nodeName}), or null. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> object, String dotted) {
        Object current = object;
        for (String part : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = ((Map<String, Object>) m).get(part);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> list) {
        Object items = list.get("items");
        return items instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    static Map<String, Object> status(int code, String reason, String message) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", "Status");
        s.put("apiVersion", "v1");
        s.put("metadata", Map.of());
        s.put("status", code < 300 ? "Success" : "Failure");
        if (message != null) {
            s.put("message", message);
        }
        if (reason != null) {
            s.put("reason", reason);
        }
        s.put("code", code);
        return s;
    }
}
