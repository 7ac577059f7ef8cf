package io.ironbook.lab.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Lists in pages, as a real API server serves {@code limit} and {@code continue}: the first page fixes a
 * snapshot of the whole list, later pages come from it (so a client paging through 10,000 pods sees one
 * consistent list and the store is read once), and a token unused for a minute expires (410, as after a
 * compaction). Clients that page (informers, kubectl) then parse 500 objects at a time instead of the whole
 * list in one response.
 */
final class ListPages {
    private static final Duration EXPIRY = Duration.ofMinutes(1);
    private final Map<String, Snapshot> snapshots = new HashMap<>();

    private record Snapshot(Map<String, Object> list, List<Map<String, Object>> items, long touched) {
    }

    /** The {@code limit} of a list query, if a positive one is given. */
    static Optional<Integer> limit(String query) {
        return param(query, "limit").flatMap(value -> {
            try {
                int limit = Integer.parseInt(value);
                return limit > 0 ? Optional.of(limit) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The {@code continue} token of a list query, if any. */
    static Optional<String> token(String query) {
        return param(query, "continue").filter(value -> !value.isEmpty());
    }

    /** The first page of a list (the whole list when it fits), remembering the rest for its continue token. */
    synchronized Map<String, Object> first(Map<String, Object> list, int limit) {
        expire();
        List<Map<String, Object>> items = Json.items(list);
        if (items.size() <= limit) {
            return list;
        }
        String id = UUID.randomUUID().toString();
        snapshots.put(id, new Snapshot(list, items, System.nanoTime()));
        return page(id, list, items, 0, limit);
    }

    /** The page a continue token points at, or empty when the token is unknown or expired. */
    synchronized Optional<Map<String, Object>> next(String token, int limit) {
        expire();
        int colon = token.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = token.substring(0, colon);
        Snapshot snapshot = snapshots.get(id);
        int offset;
        try {
            offset = Integer.parseInt(token.substring(colon + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (snapshot == null || offset < 0 || offset > snapshot.items().size()) {
            return Optional.empty();
        }
        snapshots.put(id, new Snapshot(snapshot.list(), snapshot.items(), System.nanoTime()));
        return Optional.of(page(id, snapshot.list(), snapshot.items(), offset, limit));
    }

    private Map<String, Object> page(String id, Map<String, Object> list, List<Map<String, Object>> items, int offset,
            int limit) {
        int end = Math.min(items.size(), offset + limit);
        Map<String, Object> page = new LinkedHashMap<>(list);
        page.put("items", new ArrayList<>(items.subList(offset, end)));
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = list.get("metadata") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        if (end < items.size()) {
            metadata.put("continue", id + ":" + end);
            metadata.put("remainingItemCount", items.size() - end);
        } else {
            metadata.remove("continue");
            metadata.remove("remainingItemCount");
            snapshots.remove(id);
        }
        page.put("metadata", metadata);
        return page;
    }

    private void expire() {
        long now = System.nanoTime();
        snapshots.values().removeIf(snapshot -> now - snapshot.touched() > EXPIRY.toNanos());
    }

    private static Optional<String> param(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return Optional.of(URLDecoder.decode(part.substring(name.length() + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
