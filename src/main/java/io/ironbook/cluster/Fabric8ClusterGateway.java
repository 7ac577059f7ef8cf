package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The {@link ClusterGateway} on fabric8's client (JDK HTTP client). It keeps two clients on the same
 * configuration: one with fabric8's retries for reads, and one without for evictions and waits, whose
 * retries we own (fabric8 would otherwise retry a 429 for about 20 s by itself).
 */
public final class Fabric8ClusterGateway implements ClusterGateway {
    static final long PAGE_SIZE = 500;
    /** fabric8 retries reads this many times (200, 400, 800 ms) before we report the API unreachable. */
    private static final int READ_RETRIES = 3;

    private final KubernetesClient client;
    private final KubernetesClient noRetryClient;
    private final ApiErrors errors;
    private final String server;
    private final String context;
    private final Duration waitPollInterval;

    private Fabric8ClusterGateway(Config config, String context, Duration waitPollInterval) {
        this.client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(config)
                .withRequestRetryBackoffLimit(READ_RETRIES).withRequestRetryBackoffInterval(200).build()).build();
        this.noRetryClient = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(config).withRequestRetryBackoffLimit(0).build()).build();
        this.server = stripSlash(config.getMasterUrl());
        this.context = context;
        this.errors = new ApiErrors(server, context);
        this.waitPollInterval = waitPollInterval;
    }

    /**
     * Connects as kubectl would with these settings. Reads the kubeconfig now (and fails with kind CONFIG
     * for a missing file or an unknown context); the server is first contacted by the first call.
     */
    public static Fabric8ClusterGateway connect(ConnectionSettings settings) {
        return connect(settings, Duration.ofSeconds(1));
    }

    /** As {@link #connect(ConnectionSettings)}, checking a waited-for node every {@code waitPollInterval}. */
    public static Fabric8ClusterGateway connect(ConnectionSettings settings, Duration waitPollInterval) {
        Config config = KubeconfigLoader.load(settings);
        String context = config.getCurrentContext() == null ? "" : config.getCurrentContext().getName();
        return new Fabric8ClusterGateway(config, context, waitPollInterval);
    }

    @Override
    public String server() {
        return server;
    }

    @Override
    public String contextName() {
        return context;
    }

    @Override
    public List<NodeSummary> nodes() {
        List<NodeSummary> summaries = new ArrayList<>();
        for (Node node : listNodes()) {
            summaries.add(NodeSummaryMapper.summarize(node, OptionalInt.empty()));
        }
        summaries.sort(Comparator.comparing(NodeSummary::name));
        return summaries;
    }

    @Override
    public List<String> nodeNamesMatching(String labelSelector) {
        return call("list", "nodes", () -> client.nodes().withLabelSelector(labelSelector).list().getItems().stream()
                .map(node -> node.getMetadata().getName()).sorted().toList());
    }

    @Override
    public List<NodeSummary> nodesWithPodCounts() {
        List<Node> nodes = listNodes();
        Map<String, Integer> counts = new HashMap<>();
        for (Pod pod : listPods(new ListOptionsBuilder().withLimit(PAGE_SIZE).build(), client, "pods")) {
            if (pod.getSpec() != null && pod.getSpec().getNodeName() != null && !DrainFilters.finished(pod)) {
                counts.merge(pod.getSpec().getNodeName(), 1, Integer::sum);
            }
        }
        List<NodeSummary> summaries = new ArrayList<>();
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            summaries.add(NodeSummaryMapper.summarize(node, OptionalInt.of(counts.getOrDefault(name, 0))));
        }
        summaries.sort(Comparator.comparing(NodeSummary::name));
        return summaries;
    }

    @Override
    public Optional<NodeSummary> node(String name) {
        Node node = getNode(name, client);
        if (node == null) {
            return Optional.empty();
        }
        int count = (int) podsOnNode(name, "", client).stream().filter(pod -> !DrainFilters.finished(pod)).count();
        return Optional.of(NodeSummaryMapper.summarize(node, OptionalInt.of(count)));
    }

    @Override
    public boolean nodeExists(String name) {
        return getNode(name, client) != null;
    }

    @Override
    public String nodeYaml(String name) {
        Node node = requireNode(name, client);
        node.getMetadata().setManagedFields(null);
        return client.getKubernetesSerialization().asYaml(node);
    }

    @Override
    public List<ClusterEvent> nodeEvents(String name) {
        List<Event> events = call("list", "events", () -> client.v1().events().inAnyNamespace()
                .withField("involvedObject.kind", "Node").withField("involvedObject.name", name).list().getItems());
        List<ClusterEvent> result = new ArrayList<>();
        for (Event event : events) {
            String source = event.getSource() != null && event.getSource().getComponent() != null
                    ? event.getSource().getComponent() : event.getReportingComponent();
            String first = event.getFirstTimestamp() != null ? event.getFirstTimestamp()
                    : event.getEventTime() == null ? null : event.getEventTime().getTime();
            String last = event.getLastTimestamp() != null ? event.getLastTimestamp() : first;
            result.add(new ClusterEvent(event.getType(), event.getReason(), event.getMessage(), source,
                    event.getCount() == null ? 1 : event.getCount(), NodeSummaryMapper.parseTime(first),
                    NodeSummaryMapper.parseTime(last)));
        }
        result.sort(Comparator.comparing(event -> event.lastSeen().orElse(java.time.Instant.EPOCH)));
        return result;
    }

    @Override
    public ControlPlaneStatus controlPlane() {
        boolean ready;
        String detail;
        try {
            var http = client.getHttpClient();
            HttpResponse<String> response = http.sendAsync(
                    http.newHttpRequestBuilder().uri(server + "/readyz").build(), String.class)
                    .get(10, TimeUnit.SECONDS);
            ready = response.code() == 200;
            detail = "/readyz: HTTP " + response.code() + (response.body() == null ? "" : " " + response.body().strip());
        } catch (ExecutionException | TimeoutException e) {
            ready = false;
            detail = "cannot reach " + server + "/readyz: " + KubeconfigLoader.rootMessage(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Kind.API, "interrupted while asking " + server + "/readyz", e);
        }
        List<NodeSummary> controlPlane = new ArrayList<>();
        for (NodeSummary node : nodes()) {
            if (node.roles().contains("control-plane") || node.roles().contains("master")) {
                controlPlane.add(node);
            }
        }
        return new ControlPlaneStatus(ready, detail, controlPlane);
    }

    @Override
    public CordonResult cordon(String node, CordonRequest request) {
        return new Cordoner(client, errors).cordon(node, request);
    }

    @Override
    public CordonResult uncordon(String node, UncordonScope scope) {
        return new Cordoner(client, errors).uncordon(node, scope);
    }

    @Override
    public DrainPlan planDrain(String node, DrainOptions options) {
        requireNode(node, client);
        return new Drainer(this, noRetryClient, errors).plan(node, options);
    }

    @Override
    public DrainResult drain(String node, DrainOptions options, DrainListener listener) {
        requireNode(node, client);
        return new Drainer(this, noRetryClient, errors).drain(node, options, listener);
    }

    @Override
    public NodeSummary waitForReadiness(String node, NodeReadiness target, Duration timeout, WaitListener listener) {
        return new NodeWaiter(this, waitPollInterval).waitFor(node, summary -> summary.readiness() == target,
                "node " + node + " to be " + target.display(), timeout, listener);
    }

    @Override
    public NodeSummary waitForBootIdChange(String node, String previousBootId, Duration timeout,
            WaitListener listener) {
        return new NodeWaiter(this, waitPollInterval).waitFor(node,
                summary -> !summary.bootId().isEmpty() && !summary.bootId().equals(previousBootId),
                "node " + node + " to report a boot id other than " + previousBootId, timeout, listener);
    }

    @Override
    public NodeStore watchNodes() {
        return Fabric8NodeStore.start(client, errors);
    }

    @Override
    public void close() {
        noRetryClient.close();
        client.close();
    }

    /** The node, read without fabric8's retries (for waits), or empty when it does not exist. */
    Optional<NodeSummary> readNodeOnce(String name) {
        Node node = getNode(name, noRetryClient);
        return node == null ? Optional.empty() : Optional.of(NodeSummaryMapper.summarize(node, OptionalInt.empty()));
    }

    Node requireNode(String name, KubernetesClient using) {
        Node node = getNode(name, using);
        if (node == null) {
            throw new ClusterException(ClusterException.Kind.NOT_FOUND, "node " + name + " not found in context '"
                    + context + "' (" + server + ")");
        }
        return node;
    }

    Node getNode(String name, KubernetesClient using) {
        return call("get", "nodes/" + name, () -> using.nodes().withName(name).get());
    }

    List<Node> listNodes() {
        List<Node> all = new ArrayList<>();
        String next = null;
        do {
            ListOptions options = new ListOptionsBuilder().withLimit(PAGE_SIZE).withContinue(next).build();
            NodeList page = call("list", "nodes", () -> client.nodes().list(options));
            all.addAll(page.getItems());
            next = page.getMetadata() == null ? null : page.getMetadata().getContinue();
        } while (next != null && !next.isEmpty());
        return all;
    }

    /** The pods bound to the node (field selector {@code spec.nodeName}), optionally filtered by labels. */
    List<Pod> podsOnNode(String node, String labelSelector, KubernetesClient using) {
        ListOptionsBuilder options = new ListOptionsBuilder().withLimit(PAGE_SIZE)
                .withFieldSelector("spec.nodeName=" + node);
        if (!labelSelector.isEmpty()) {
            options.withLabelSelector(labelSelector);
        }
        return listPods(options.build(), using, "pods on node " + node);
    }

    private List<Pod> listPods(ListOptions first, KubernetesClient using, String what) {
        List<Pod> all = new ArrayList<>();
        ListOptions options = first;
        while (true) {
            ListOptions current = options;
            PodList page = call("list", what, () -> using.pods().inAnyNamespace().list(current));
            all.addAll(page.getItems());
            String next = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            if (next == null || next.isEmpty()) {
                return all;
            }
            options = new ListOptionsBuilder(first).withContinue(next).build();
        }
    }

    <T> T call(String verb, String resource, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw errors.translate(e, verb, resource);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
