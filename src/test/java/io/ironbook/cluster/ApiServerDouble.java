package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's CRUD mock API server over real HTTP on 127.0.0.1, given what a real API server has and the
 * mock lacks: field selectors on any field ({@code spec.nodeName}), the eviction subresource with
 * PodDisruptionBudgets (429 naming the budget), graceful deletion, and {@code /readyz}. It can also be
 * stopped and restarted on the same port with its objects kept, to play an API server that goes away.
 */
public final class ApiServerDouble implements AutoCloseable {
    private static final Pattern EVICTION = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/]+)/eviction");
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    /** Legacy discovery, so that kubectl can talk to the double (the mock serves none). */
    private static final Map<String, String> DISCOVERY = Map.of(
            "/api", "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"],\"serverAddressByClientCIDRs\":"
                    + "[{\"clientCIDR\":\"0.0.0.0/0\",\"serverAddress\":\"127.0.0.1\"}]}",
            "/apis", "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[]}",
            "/api/v1", "{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",\"resources\":["
                    + "{\"name\":\"nodes\",\"singularName\":\"node\",\"namespaced\":false,\"kind\":\"Node\","
                    + "\"verbs\":[\"get\",\"list\",\"watch\",\"patch\"],\"shortNames\":[\"no\"]},"
                    + "{\"name\":\"pods\",\"singularName\":\"pod\",\"namespaced\":true,\"kind\":\"Pod\","
                    + "\"verbs\":[\"get\",\"list\",\"watch\",\"delete\"],\"shortNames\":[\"po\"]}]}");

    private final KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
    private final ScheduledExecutorService kubelet = Executors.newSingleThreadScheduledExecutor();
    /** Pods whose eviction is accepted but which never go away (a dead kubelet, a stuck finalizer). */
    public final Set<String> stuckPods = ConcurrentHashMap.newKeySet();
    /** Paths (prefixes) answered with a fixed status code, e.g. 403 for evictions. */
    public final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    /** The Authorization header of every request, in order. */
    public final List<String> authorizations = java.util.Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger evictionRequests = new AtomicInteger();
    public final List<String> evictionBodies = java.util.Collections.synchronizedList(new ArrayList<>());
    private KubernetesMockServer server;
    private int port;

    public ApiServerDouble() {
        start(0);
    }

    private void start(int wanted) {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new Behaviour(), false);
        server.start(InetAddress.getLoopbackAddress(), wanted);
        port = server.getPort();
    }

    /** The API server goes away: connections are refused until {@link #restart()}. */
    public void stop() {
        server.shutdown();
    }

    /** The API server comes back on the same port, with the same objects. */
    public void restart() {
        start(port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A client for the test to arrange objects with. */
    public KubernetesClient client() {
        return server.createClient();
    }

    /** Writes a kubeconfig whose current context points at this server and returns its path. */
    public Path kubeconfig(Path dir) throws IOException {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, kubeconfigText("mock", url()));
        return file;
    }

    public static String kubeconfigText(String context, String server) {
        return "apiVersion: v1\nkind: Config\ncurrent-context: " + context + "\n"
                + "contexts:\n- name: " + context + "\n  context: {cluster: " + context + ", user: " + context + "}\n"
                + "clusters:\n- name: " + context + "\n  cluster: {server: \"" + server + "\"}\n"
                + "users:\n- name: " + context + "\n  user: {token: not-a-secret}\n";
    }

    /** Stores an object directly (no HTTP), as a fast way to seed many objects. */
    public void seed(HasMetadata object, String collectionPath) {
        MockResponse response = crud.dispatch(request(HttpMethod.POST, collectionPath, JSON.asJson(object), "application/json"));
        if (response.code() >= 300) {
            throw new IllegalStateException("cannot seed " + collectionPath + ": " + response.getBody().readUtf8());
        }
    }

    @Override
    public void close() {
        kubelet.shutdownNow();
        server.shutdown();
    }

    private final class Behaviour extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                return behave(request);
            } catch (RuntimeException e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                return status(500, "InternalError", "the test double failed: " + trace, null);
            }
        }

        private MockResponse behave(RecordedRequest request) {
            String path = request.getPath();
            authorizations.add(String.valueOf(request.getHeader("Authorization")));
            for (Map.Entry<String, Integer> refusal : refusals.entrySet()) {
                if (path.startsWith(refusal.getKey())) {
                    return status(refusal.getValue(), refusal.getValue() == 403 ? "Forbidden" : "Refused",
                            "the test refuses " + path, null);
                }
            }
            if (path.equals("/readyz")) {
                return new MockResponse().setResponseCode(200).setBody("ok");
            }
            if (DISCOVERY.containsKey(path.replaceAll("\\?.*", ""))) {
                return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                        .setBody(DISCOVERY.get(path.replaceAll("\\?.*", "")));
            }
            Matcher eviction = EVICTION.matcher(path);
            if ("POST".equals(request.getMethod()) && eviction.matches()) {
                evictionRequests.incrementAndGet();
                String body = request.getUtf8Body();
                evictionBodies.add(body);
                return evict(eviction.group(1), eviction.group(2), body);
            }
            if ("GET".equals(request.getMethod()) && path.contains("fieldSelector=") && !path.contains("watch=true")) {
                return selectByField(request);
            }
            return crud.dispatch(request);
        }
    }

    // ---- field selectors on any field, as a real API server offers for pods and events

    private MockResponse selectByField(RecordedRequest request) {
        String path = request.getPath();
        int q = path.indexOf('?');
        List<String> kept = new ArrayList<>();
        List<String[]> terms = new ArrayList<>();
        for (String param : path.substring(q + 1).split("&")) {
            if (!param.startsWith("fieldSelector=")) {
                kept.add(param);
                continue;
            }
            String selector = URLDecoder.decode(param.substring("fieldSelector=".length()), StandardCharsets.UTF_8);
            for (String term : selector.split(",")) {
                boolean negated = term.contains("!=");
                String[] kv = term.split(negated ? "!=" : "==?", 2);
                terms.add(new String[] {kv[0], kv.length > 1 ? kv[1] : "", negated ? "!=" : "="});
            }
        }
        String stripped = path.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        MockResponse response = crud.dispatch(request(HttpMethod.GET, stripped, null, null));
        if (response.code() != 200) {
            return response;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> list = JSON.unmarshal(response.getBody().readUtf8(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("items");
        if (items != null) {
            items.removeIf(item -> !terms.stream().allMatch(term -> {
                String actual = String.valueOf(field(item, term[0]));
                return term[2].equals("=") == actual.equals(term[1]);
            }));
        }
        return new MockResponse().setResponseCode(200).setBody(JSON.asJson(list));
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> item, String dotted) {
        Object current = item;
        for (String part : dotted.split("\\.")) {
            if (!(current instanceof Map)) {
                return "";
            }
            current = ((Map<String, Object>) current).get(part);
        }
        return current == null ? "" : current;
    }

    // ---- the eviction subresource

    @SuppressWarnings("unchecked")
    private MockResponse evict(String namespace, String name, String body) {
        String podPath = "/api/v1/namespaces/" + namespace + "/pods/" + name;
        MockResponse found = crud.dispatch(request(HttpMethod.GET, podPath, null, null));
        if (found.code() == 404) {
            return status(404, "NotFound", "pods \"" + name + "\" not found", null);
        }
        Map<String, Object> pod = JSON.unmarshal(found.getBody().readUtf8(), Map.class);
        Map<String, String> labels = (Map<String, String>) ((Map<String, Object>) pod.get("metadata"))
                .getOrDefault("labels", Map.of());
        MockResponse budgetList = crud.dispatch(request(HttpMethod.GET,
                "/apis/policy/v1/namespaces/" + namespace + "/poddisruptionbudgets", null, null));
        List<Map<String, Object>> matching = new ArrayList<>();
        if (budgetList.code() == 200) {
            Map<String, Object> list = JSON.unmarshal(budgetList.getBody().readUtf8(), Map.class);
            for (Map<String, Object> budget : (List<Map<String, Object>>) list.getOrDefault("items", List.of())) {
                Map<String, Object> spec = (Map<String, Object>) budget.getOrDefault("spec", Map.of());
                Map<String, String> matchLabels = (Map<String, String>) ((Map<String, Object>) spec
                        .getOrDefault("selector", Map.of())).getOrDefault("matchLabels", Map.of());
                if (matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
                    matching.add(budget);
                }
            }
        }
        if (matching.size() > 1) {
            return status(500, "InternalError",
                    "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.", null);
        }
        if (matching.size() == 1) {
            Map<String, Object> budget = matching.get(0);
            Map<String, Object> status = (Map<String, Object>) budget.getOrDefault("status", Map.of());
            int allowed = ((Number) status.getOrDefault("disruptionsAllowed", 0)).intValue();
            if (allowed <= 0) {
                String budgetName = (String) ((Map<String, Object>) budget.get("metadata")).get("name");
                return status(429, "TooManyRequests", "Cannot evict pod as it would violate the pod's disruption budget.",
                        "The disruption budget " + budgetName + " needs " + status.getOrDefault("desiredHealthy", 0)
                                + " healthy pods and has " + status.getOrDefault("currentHealthy", 0) + " currently");
            }
        }
        Map<String, Object> eviction = JSON.unmarshal(body, Map.class);
        Map<String, Object> deleteOptions = (Map<String, Object>) eviction.getOrDefault("deleteOptions", Map.of());
        Map<String, Object> podSpec = (Map<String, Object>) pod.getOrDefault("spec", Map.of());
        Number grace = (Number) deleteOptions.getOrDefault("gracePeriodSeconds",
                podSpec.getOrDefault("terminationGracePeriodSeconds", 0));
        String key = namespace + "/" + name;
        if (stuckPods.contains(key) || grace.longValue() > 0) {
            // Terminating: a deletion timestamp, held by a finalizer that plays the kubelet still stopping it.
            String patch = "{\"metadata\":{\"finalizers\":[\"test.ironbook.io/kubelet\"],\"deletionTimestamp\":\""
                    + Instant.now().toString().replaceAll("\\.\\d+Z$", "Z") + "\",\"deletionGracePeriodSeconds\":"
                    + grace.longValue() + "}}";
            crud.dispatch(request(HttpMethod.PATCH, podPath, patch, "application/merge-patch+json"));
            if (!stuckPods.contains(key)) {
                kubelet.schedule(() -> {
                    // The mock appends arrays in a merge patch, so the finalizer goes by JSON Patch.
                    crud.dispatch(request(HttpMethod.PATCH, podPath,
                            "[{\"op\":\"remove\",\"path\":\"/metadata/finalizers\"}]", "application/json-patch+json"));
                    crud.dispatch(request(HttpMethod.DELETE, podPath, null, null));
                }, grace.longValue(), TimeUnit.SECONDS);
            }
        } else {
            crud.dispatch(request(HttpMethod.DELETE, podPath, null, null));
        }
        return status(201, "", "", null);
    }

    private static MockResponse status(int code, String reason, String message, String cause) {
        Map<String, Object> status = new HashMap<>();
        status.put("apiVersion", "v1");
        status.put("kind", "Status");
        status.put("code", code);
        status.put("status", code < 300 ? "Success" : "Failure");
        if (!reason.isEmpty()) {
            status.put("reason", reason);
        }
        if (!message.isEmpty()) {
            status.put("message", message);
        }
        if (cause != null) {
            status.put("details", Map.of("causes", List.of(Map.of("reason", "DisruptionBudget", "message", cause))));
        }
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody(JSON.asJson(status));
    }

    private static RecordedRequest request(HttpMethod method, String path, String body, String contentType) {
        Headers.Builder headers = Headers.builder();
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        Buffer buffer = new Buffer();
        if (body != null) {
            buffer.writeUtf8(body);
        }
        return new RecordedRequest("HTTP/1.1", method, path, headers.build(), buffer);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
