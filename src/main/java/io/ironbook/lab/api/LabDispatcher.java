package io.ironbook.lab.api;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lab's API server: fabric8's CRUD mock extended with what a real API server does and the mock
 * lacks: discovery, server-side Tables for kubectl, field selectors on any field, the Eviction
 * subresource with disruption budgets, graceful pod deletion, status kept apart from spec on writes to
 * the main resource, and merge patches that replace arrays (strategic merge accepted).
 */
final class LabDispatcher extends Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(LabDispatcher.class);
    private final KubernetesCrudDispatcher crud = new IndexedCrudDispatcher();
    private final Object writeLock = new Object();
    private final ApiStore store = new ApiStore(crud, writeLock);
    private final Supplier<Instant> clock;
    private final Evictions evictions;
    private final ListPages pages = new ListPages();
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile Discovery discovery = new Discovery("127.0.0.1:0");

    LabDispatcher(Supplier<Instant> clock) {
        this.clock = clock;
        this.evictions = new Evictions(store, clock);
    }

    void serverAddress(String address) {
        discovery = new Discovery(address);
    }

    ApiStore store() {
        return store;
    }

    /** True once after any write that came in over HTTP (a client changed something). */
    boolean takeChanged() {
        return changed.getAndSet(false);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            LOG.warn("{} failed", request.getRequestLine(), e);
            return json(500, Json.status(500, "InternalError", String.valueOf(e.getMessage())));
        }
    }

    private MockResponse route(RecordedRequest request) {
        String full = request.getPath();
        int q = full.indexOf('?');
        String path = q < 0 ? full : full.substring(0, q);
        String query = q < 0 ? null : full.substring(q + 1);
        Optional<ResourcePath> resource = ResourcePath.parse(path);
        return switch (request.method()) {
            case GET -> get(request, path, query, resource);
            case POST -> {
                if (resource.isPresent() && "eviction".equals(resource.get().subresource())) {
                    ResourcePath rp = resource.get();
                    Evictions.Answer answer;
                    synchronized (writeLock) {
                        answer = evictions.evict(rp.namespace(), rp.name(), request.getUtf8Body());
                    }
                    changed.set(true);
                    yield json(answer.code(), answer.body());
                }
                yield write(() -> crud.handleCreate(request));
            }
            case PUT -> write(() -> put(request, path, resource));
            case PATCH -> write(() -> patch(request, path, resource));
            case DELETE -> write(() -> delete(request, full, query, resource));
            default -> json(405, Json.status(405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
        };
    }

    private interface Write {
        MockResponse run();
    }

    private MockResponse write(Write write) {
        MockResponse response;
        synchronized (writeLock) {
            response = write.run();
        }
        changed.set(true);
        return withJsonType(response);
    }

    private MockResponse get(RecordedRequest request, String path, String query, Optional<ResourcePath> resource) {
        Optional<Object> doc = discovery.document(path);
        if (doc.isPresent()) {
            return doc.get() instanceof String s ? new MockResponse().setResponseCode(200).setBody(s) : json(200, doc.get());
        }
        Optional<FieldSelector> selector = FieldSelector.fromQuery(query);
        String effective = path + (query == null ? "" : "?" + (selector.isPresent() ? FieldSelector.without(query) : query));
        if (query != null && query.contains("watch=true")) {
            MockResponse watch = read(effective);
            if (selector.isPresent() && watch.getWebSocketListener() != null) {
                return new MockResponse().withWebSocketUpgrade(new FilteredWatch(watch.getWebSocketListener(), selector.get()));
            }
            return watch;
        }
        if (resource.isEmpty() && (path.startsWith("/openapi") || path.startsWith("/apis/") || path.startsWith("/api/"))) {
            return json(404, Json.status(404, "NotFound", "the server could not find the requested resource"));
        }
        Optional<Integer> limit = ListPages.limit(query);
        Optional<String> token = ListPages.token(query);
        if (resource.isPresent() && resource.get().name() == null && limit.isPresent() && token.isPresent()) {
            Optional<Map<String, Object>> page = pages.next(token.get(), limit.get());
            if (page.isEmpty()) {
                return json(410, Json.status(410, "Expired", "The provided continue parameter is too old to display a consistent"
                        + " list result. You can start a new list without the continue parameter."));
            }
            return listResponse(request, resource.get(), page.get());
        }
        MockResponse response = read(effective);
        if (response.code() != 200 || resource.isEmpty()) {
            if (response.code() == 404 && resource.isPresent() && resource.get().name() != null) {
                ResourcePath rp = resource.get();
                return json(404, Json.status(404, "NotFound", rp.resource() + " \"" + rp.name() + "\" not found"));
            }
            return withJsonType(response);
        }
        String body = response.getBody().readUtf8();
        Map<String, Object> object = null;
        if (resource.get().name() == null) {
            object = Json.map(body);
            List<Map<String, Object>> items = new ArrayList<>(Json.items(object));
            items.sort(Comparator.comparing((Map<String, Object> i) -> String.valueOf(Json.at(i, "metadata.namespace")))
                    .thenComparing(i -> String.valueOf(Json.at(i, "metadata.name"))));
            object.put("items", items);
            String kind = Discovery.kindOf(resource.get().resource());
            if (kind != null) {
                object.put("kind", kind + "List");
                object.put("apiVersion", resource.get().groupVersion());
            }
            if (!(object.get("metadata") instanceof Map<?, ?>)) {
                object.put("metadata", Map.of("resourceVersion", store.resourceVersion()));
            }
        }
        if (selector.isPresent()) {
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Map<String, Object> item : Json.items(object)) {
                if (selector.get().matches(item)) {
                    kept.add(item);
                }
            }
            object.put("items", kept);
        }
        if (object != null && limit.isPresent()) {
            object = pages.first(object, limit.get());
        }
        if (object != null) {
            return listResponse(request, resource.get(), object);
        }
        if (tableAsked(request, resource.get())) {
            return json(200, Tables.table(resource.get().resource(), Json.map(body), clock.get()));
        }
        return withJsonType(new MockResponse().setResponseCode(200).setBody(body));
    }

    private MockResponse listResponse(RecordedRequest request, ResourcePath rp, Map<String, Object> list) {
        return json(200, tableAsked(request, rp) ? Tables.table(rp.resource(), list, clock.get()) : list);
    }

    private static boolean tableAsked(RecordedRequest request, ResourcePath rp) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("as=Table") && Tables.supports(rp.resource()) && rp.subresource() == null;
    }

    /** Reads under the write lock: the store replaces an object by removing and re-adding it. */
    private MockResponse read(String path) {
        synchronized (writeLock) {
            return crud.handleGet(path);
        }
    }

    @SuppressWarnings("unchecked")
    private MockResponse put(RecordedRequest request, String path, Optional<ResourcePath> resource) {
        if (resource.isEmpty() || resource.get().name() == null || resource.get().subresource() != null) {
            return crud.handleUpdate(request);
        }
        Optional<String> current = store.json(path);
        if (current.isEmpty()) {
            return json(404, Json.status(404, "NotFound", resource.get().resource() + " \"" + resource.get().name() + "\" not found"));
        }
        Map<String, Object> body = Json.map(request.getUtf8Body());
        Object status = Json.map(current.get()).get("status");
        if (status != null) {
            body.put("status", status);
        } else {
            body.remove("status");
        }
        Map<String, Object> metadata = (Map<String, Object>) body.get("metadata");
        if (metadata != null && metadata.get("resourceVersion") != null
                && !metadata.get("resourceVersion").equals(Json.at(Json.map(current.get()), "metadata.resourceVersion"))) {
            return conflict(resource.get());
        }
        return crud.handleUpdate(new RecordedRequest(request.getHttpVersion(), request.method(), path, request.getHeaders(),
                new Buffer(Json.write(body).getBytes(StandardCharsets.UTF_8))));
    }

    @SuppressWarnings("unchecked")
    private MockResponse patch(RecordedRequest request, String path, Optional<ResourcePath> resource) {
        if (resource.isEmpty() || resource.get().name() == null) {
            return json(405, Json.status(405, "MethodNotAllowed", "PATCH needs an object path"));
        }
        ResourcePath rp = resource.get();
        String contentType = request.getHeader("Content-Type");
        if (!Patches.supported(contentType)) {
            return json(415, Json.status(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media types include: "
                    + "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json"));
        }
        String objectPath = rp.objectPath();
        Optional<String> json = store.json(objectPath);
        if (json.isEmpty()) {
            return json(404, Json.status(404, "NotFound", rp.resource() + " \"" + rp.name() + "\" not found"));
        }
        Map<String, Object> current = Json.map(json.get());
        Map<String, Object> patched;
        try {
            patched = Patches.apply(Json.map(json.get()), contentType, request.getUtf8Body());
        } catch (RuntimeException e) {
            return json(422, Json.status(422, "Invalid", "the patch could not be applied: " + e.getMessage()));
        }
        Object wantedVersion = Json.at(patched, "metadata.resourceVersion");
        if (wantedVersion != null && !wantedVersion.equals(Json.at(current, "metadata.resourceVersion"))) {
            return conflict(rp);
        }
        Map<String, Object> result;
        if ("status".equals(rp.subresource())) {
            result = current;
            result.put("status", patched.get("status"));
        } else {
            result = patched;
            if (current.containsKey("status")) {
                result.put("status", current.get("status"));
            }
            ((Map<String, Object>) result.get("metadata")).putAll(Map.of(
                    "name", Json.at(current, "metadata.name"),
                    "uid", String.valueOf(Json.at(current, "metadata.uid")),
                    "creationTimestamp", String.valueOf(Json.at(current, "metadata.creationTimestamp"))));
        }
        store.replace(objectPath, result);
        return json(200, Json.map(store.json(objectPath).orElseThrow()));
    }

    private MockResponse delete(RecordedRequest request, String full, String query, Optional<ResourcePath> resource) {
        if (resource.isPresent() && resource.get().resource().equals("pods") && resource.get().name() != null
                && resource.get().subresource() == null) {
            Long grace = gracePeriod(query, request.getUtf8Body());
            Optional<Map<String, Object>> pod = Terminations.begin(store, resource.get().objectPath(), grace, clock.get());
            return pod.map(p -> json(200, p)).orElseGet(() -> json(404, Json.status(404, "NotFound", "pods \"" + resource.get().name() + "\" not found")));
        }
        return crud.handleDelete(full);
    }

    private static Long gracePeriod(String query, String body) {
        if (query != null) {
            for (String p : query.split("&")) {
                if (p.startsWith("gracePeriodSeconds=")) {
                    return Long.parseLong(URLDecoder.decode(p.substring(19), StandardCharsets.UTF_8));
                }
            }
        }
        if (body != null && !body.isBlank()) {
            Object v = Json.map(body).get("gracePeriodSeconds");
            return v instanceof Number n ? n.longValue() : null;
        }
        return null;
    }

    private static MockResponse conflict(ResourcePath rp) {
        return json(409, Json.status(409, "Conflict", "Operation cannot be fulfilled on " + rp.resource() + " \"" + rp.name()
                + "\": the object has been modified; please apply your changes to the latest version and try again"));
    }

    static MockResponse json(int code, Object body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(Json.write(body));
    }

    private static MockResponse withJsonType(MockResponse response) {
        if (response.getHeaders().header("Content-Type") == null && response.getBody() != null && response.getBody().size() > 0) {
            response.setHeader("Content-Type", "application/json");
        }
        return response;
    }
}
