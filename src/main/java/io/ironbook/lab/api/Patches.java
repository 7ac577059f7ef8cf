package io.ironbook.lab.api;

import io.fabric8.zjsonpatch.JsonPatch;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * PATCH as a real API server applies it: JSON Patch, JSON merge patch (arrays replaced, not appended),
 * and strategic merge patch (treated as a merge patch; lists are replaced rather than merged by key).
 * The mock appends arrays on merge patches and refuses strategic merge with 415.
 */
final class Patches {

    private Patches() {
    }

    /** Applies a patch body of the given content type to an object; null content type means JSON Patch. */
    static Map<String, Object> apply(Map<String, Object> current, String contentType, String body) {
        String type = contentType == null ? "application/json-patch+json" : contentType;
        if (type.contains("json-patch")) {
            JsonNode patched = JsonPatch.apply(Json.mapper().readTree(body), Json.mapper().valueToTree(current));
            return Json.map(Json.mapper().writeValueAsString(patched));
        }
        Object patch = Json.any(body);
        if (!(patch instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("a merge patch must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) merge(current, patch);
        return result;
    }

    static boolean supported(String contentType) {
        return contentType == null || contentType.contains("json-patch") || contentType.contains("merge-patch")
                || contentType.contains("strategic-merge-patch");
    }

    @SuppressWarnings("unchecked")
    private static Object merge(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> patchMap)) {
            return patch;
        }
        Map<String, Object> result = target instanceof Map<?, ?> t ? new LinkedHashMap<>((Map<String, Object>) t) : new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : patchMap.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.startsWith("$")) {
                continue;
            }
            if (e.getValue() == null) {
                result.remove(key);
            } else {
                result.put(key, merge(result.get(key), e.getValue()));
            }
        }
        return result;
    }
}
