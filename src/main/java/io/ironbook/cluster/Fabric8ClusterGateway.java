package io.ironbook.cluster;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
    private final Config noRetryConfig;
    private KubernetesClient noRetryClient;
    private final ApiErrors errors;
    private final String server;
    private final String context;
    private final Duration waitPollInterval;

    private final CallDeadline deadline;

    private Fabric8ClusterGateway(Config config, String context, Duration waitPollInterval) {
        this.client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(config)
                .withRequestRetryBackoffLimit(READ_RETRIES).withRequestRetryBackoffInterval(200).build()).build();
        this.noRetryConfig = new ConfigBuilder(config).withRequestRetryBackoffLimit(0).build();
        this.server = stripSlash(config.getMasterUrl());
        this.context = context;
        this.errors = new ApiErrors(server, context);
        this.deadline = new CallDeadline(server);
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
        return new ClusterReads(this, client).nodeEvents(name);
    }

    @Override
    public ControlPlaneStatus controlPlane() {
        return new ClusterReads(this, client).controlPlane(server);
    }

    @Override
    public CordonResult cordon(String node, CordonRequest request) {
        return new Cordoner(client, errors, deadline).cordon(node, request);
    }

    @Override
    public CordonResult uncordon(String node, UncordonScope scope) {
        return new Cordoner(client, errors, deadline).uncordon(node, scope);
    }

    @Override
    public DrainPlan planDrain(String node, DrainOptions options) {
        requireNode(node, client);
        return new Drainer(this, noRetry(), errors).plan(node, options);
    }

    @Override
    public DrainResult drain(String node, DrainOptions options, DrainListener listener) {
        requireNode(node, client);
        return new Drainer(this, noRetry(), errors).drain(node, options, listener);
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
    public LeaseResult acquireLease(String namespace, String node, String holder, Duration duration) {
        return new LeaseKeeper(noRetry(), errors, deadline).acquire(namespace, node, holder, duration);
    }

    @Override
    public NodeLease renewLease(NodeLease lease) {
        return new LeaseKeeper(noRetry(), errors, deadline).renew(lease);
    }

    @Override
    public boolean releaseLease(NodeLease lease) {
        return new LeaseKeeper(noRetry(), errors, deadline).release(lease);
    }

    @Override
    public Optional<KuredLock> kuredLock() {
        io.fabric8.kubernetes.api.model.apps.DaemonSet kured = call("get", "daemonsets", () -> client.apps().daemonSets()
                .inNamespace(KuredLock.NAMESPACE).withName(KuredLock.NAME).get());
        if (kured == null || kured.getMetadata().getAnnotations() == null) {
            return Optional.empty();
        }
        String text = kured.getMetadata().getAnnotations().get(KuredLock.ANNOTATION);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Object json;
        try {
            json = client.getKubernetesSerialization().unmarshal(text, Object.class);
        } catch (RuntimeException e) {
            json = null;
        }
        if (!(json instanceof Map<?, ?>)) {
            throw new ClusterException(ClusterException.Kind.API, "kured's lock annotation " + KuredLock.ANNOTATION + " on "
                    + KuredLock.NAMESPACE + "/" + KuredLock.NAME + " is not JSON: " + text);
        }
        return KuredLock.parse(KuredLock.NAMESPACE + "/" + KuredLock.NAME, json);
    }

    @Override
    public NodeStore watchNodes() {
        return Fabric8NodeStore.start(client);
    }

    @Override
    public synchronized void close() {
        if (noRetryClient != null) {
            noRetryClient.close();
        }
        client.close();
    }

    /** The client whose retries are ours (evictions, waits), built on first use: most commands never need it. */
    private synchronized KubernetesClient noRetry() {
        if (noRetryClient == null) {
            noRetryClient = new KubernetesClientBuilder().withConfig(noRetryConfig).build();
        }
        return noRetryClient;
    }

    /** The node, read without fabric8's retries (for waits), or empty when it does not exist. */
    Optional<NodeSummary> readNodeOnce(String name) {
        Node node = getNode(name, noRetry());
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

    /** Shortens the deadline of every API call (tests of a server that never answers). */
    void callDeadline(Duration limit) {
        deadline.limit(limit);
    }

    /** The deadline every API call runs within. */
    CallDeadline deadline() {
        return deadline;
    }

    /**
     * Makes one API call within the deadline, its failures translated: a server that accepts the connection
     * and never answers costs the caller {@link CallDeadline#DEFAULT}, not forever.
     */
    <T> T call(String verb, String resource, Supplier<T> action) {
        try {
            return deadline.within(verb + " " + resource, action);
        } catch (ClusterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw errors.translate(e, verb, resource);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
