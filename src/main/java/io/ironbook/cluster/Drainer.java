package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.DeleteOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.EvictionBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A drain with kubectl's semantics: cordon, list the node's pods by field selector, apply the filters,
 * then evict every pod at once and wait until each is gone or replaced. Budget refusals (429) and API
 * outages are retried here, on a client whose own retries are off, and each retry names the budget.
 */
final class Drainer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Drainer.class);
    private static final int MAX_PARALLEL = 64;

    private final Fabric8ClusterGateway gateway;
    private final KubernetesClient client;
    private final ApiErrors errors;

    Drainer(Fabric8ClusterGateway gateway, KubernetesClient noRetryClient, ApiErrors errors) {
        this.gateway = gateway;
        this.client = noRetryClient;
        this.errors = errors;
    }

    DrainPlan plan(String node, DrainOptions options) {
        List<Pod> pods = gateway.podsOnNode(node, options.podSelector(), client);
        Map<String, Boolean> daemonSets = new HashMap<>();
        DrainFilters filters = new DrainFilters(options, (namespace, name) -> daemonSets.computeIfAbsent(
                namespace + "/" + name, key -> daemonSetExists(namespace, name)), Instant.now());
        List<PodDecision> evict = new ArrayList<>();
        List<PodDecision> skip = new ArrayList<>();
        List<PodDecision> refuse = new ArrayList<>();
        Map<PodRef, Pod> toEvict = new LinkedHashMap<>();
        for (Pod pod : pods) {
            PodDecision decision = filters.decide(pod);
            switch (decision.verdict()) {
                case EVICT -> {
                    evict.add(decision);
                    toEvict.put(decision.pod(), pod);
                }
                case SKIP -> skip.add(decision);
                default -> refuse.add(decision);
            }
        }
        return new DrainPlan(node, evict, skip, refuse, budgetsFor(toEvict.values()));
    }

    DrainResult drain(String node, DrainOptions options, DrainListener listener) {
        Instant start = Instant.now();
        Instant deadline = options.timeout().isZero() ? Instant.MAX : start.plus(options.timeout());
        listener.cordoned(new Cordoner(client, errors, gateway.deadline()).cordon(node, options.cordon()));
        DrainPlan plan = plan(node, options);
        listener.planned(plan);
        if (!plan.permitted()) {
            return new DrainResult(node, DrainResult.Outcome.REFUSED, plan, List.of(), List.of(), plan.errors());
        }
        List<PodRef> pods = plan.toEvict().stream().map(PodDecision::pod).toList();
        if (pods.isEmpty()) {
            return new DrainResult(node, DrainResult.Outcome.DRAINED, plan, List.of(), List.of(), List.of());
        }
        Map<PodRef, String> failures = new ConcurrentHashMap<>();
        Map<PodRef, String> lastRefusal = new ConcurrentHashMap<>();
        Set<PodRef> evicted = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(pods.size(), MAX_PARALLEL), threads(node));
        List<Future<?>> tasks = new ArrayList<>();
        try {
            for (PodRef pod : pods) {
                tasks.add(pool.submit(() -> {
                    PodEviction eviction = new PodEviction(this, options, listener, deadline);
                    if (eviction.run(pod, lastRefusal, failures)) {
                        evicted.add(pod);
                    }
                }));
            }
            return awaitGone(node, options, listener, plan, pods, evicted, failures, lastRefusal, tasks, start,
                    deadline);
        } finally {
            pool.shutdownNow();
        }
    }

    private DrainResult awaitGone(String node, DrainOptions options, DrainListener listener, DrainPlan plan,
            List<PodRef> pods, Set<PodRef> evicted, Map<PodRef, String> failures, Map<PodRef, String> lastRefusal,
            List<Future<?>> tasks, Instant start, Instant deadline) {
        Set<PodRef> gone = ConcurrentHashMap.newKeySet();
        while (true) {
            boolean evictionsDone = tasks.stream().allMatch(Future::isDone);
            List<PodRef> waitingFor = evicted.stream().filter(pod -> !gone.contains(pod)).toList();
            if (!waitingFor.isEmpty()) {
                try {
                    checkGone(node, options, waitingFor, gone, listener);
                } catch (ClusterException e) {
                    if (e.kind() == ClusterException.Kind.FORBIDDEN || e.kind() == ClusterException.Kind.UNAUTHORIZED) {
                        throw e;
                    }
                    listener.apiUnavailable(e.getMessage(), options.pollInterval());
                }
            }
            List<PodRef> pending = pods.stream().filter(pod -> !gone.contains(pod) && !failures.containsKey(pod))
                    .toList();
            if (evictionsDone && pending.isEmpty()) {
                List<PodRef> deleted = pods.stream().filter(gone::contains).toList();
                if (failures.isEmpty()) {
                    return new DrainResult(node, DrainResult.Outcome.DRAINED, plan, deleted, List.of(), List.of());
                }
                List<String> lines = new ArrayList<>();
                failures.forEach((pod, message) -> lines.add("error when evicting pods/\"" + pod.name() + "\" -n \""
                        + pod.namespace() + "\": " + message));
                lines.sort(String::compareTo);
                return new DrainResult(node, DrainResult.Outcome.FAILED, plan, deleted,
                        pods.stream().filter(pod -> !gone.contains(pod)).toList(), lines);
            }
            Duration elapsed = Duration.between(start, Instant.now());
            if (!Instant.now().isBefore(deadline)) {
                return timedOut(node, options, plan, pods, gone, evicted, failures, lastRefusal);
            }
            if (!pending.isEmpty()) {
                listener.waiting(pending, elapsed);
            }
            sleep(min(options.pollInterval(), Duration.between(Instant.now(), deadline)));
        }
    }

    private DrainResult timedOut(String node, DrainOptions options, DrainPlan plan, List<PodRef> pods,
            Set<PodRef> gone, Set<PodRef> evicted, Map<PodRef, String> failures, Map<PodRef, String> lastRefusal) {
        List<PodRef> pending = pods.stream().filter(pod -> !gone.contains(pod)).toList();
        List<String> details = new ArrayList<>();
        for (PodRef pod : pending) {
            String state = failures.containsKey(pod) ? "eviction failed: " + failures.get(pod)
                    : evicted.contains(pod) ? "evicted, still terminating"
                    : "not evicted: " + lastRefusal.getOrDefault(pod, "eviction still being retried");
            details.add(pod + " (" + state + ")");
        }
        String line = "drain did not complete within " + HumanDuration.format(options.timeout()) + ": " + pending.size()
                + " pod" + (pending.size() == 1 ? "" : "s") + " still on node " + node + ": " + String.join(", ", details);
        return new DrainResult(node, DrainResult.Outcome.TIMED_OUT, plan,
                pods.stream().filter(gone::contains).toList(), pending, List.of(line));
    }

    /** Marks as gone every pod no longer on the node, or replaced by a pod with a new UID. */
    private void checkGone(String node, DrainOptions options, List<PodRef> waitingFor, Set<PodRef> gone,
            DrainListener listener) {
        Map<String, Pod> present = new HashMap<>();
        for (Pod pod : gateway.podsOnNode(node, "", client)) {
            present.put(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName(), pod);
        }
        Instant now = Instant.now();
        for (PodRef ref : waitingFor) {
            Pod pod = present.get(ref.toString());
            boolean replaced = pod != null && !ref.uid().isEmpty() && !ref.uid().equals(pod.getMetadata().getUid());
            if (pod == null || replaced
                    || DrainFilters.deletedLongAgo(pod, options.skipWaitForDeleteTimeout(), now)) {
                if (gone.add(ref)) {
                    listener.deleted(ref);
                }
            }
        }
    }

    /** Evicts (or deletes) one pod; throws what the API answered, a 429 included. */
    void evictOnce(PodRef pod, DrainOptions options) {
        if (options.disableEviction()) {
            var resource = client.pods().inNamespace(pod.namespace()).withName(pod.name());
            gateway.deadline().within("delete pods/" + pod.name() + " in namespace " + pod.namespace(),
                    () -> (options.gracePeriodSeconds() >= 0 ? resource.withGracePeriod(options.gracePeriodSeconds())
                            : resource).delete());
            return;
        }
        EvictionBuilder eviction = new EvictionBuilder().withNewMetadata().withName(pod.name())
                .withNamespace(pod.namespace()).endMetadata();
        if (options.gracePeriodSeconds() >= 0) {
            eviction.withDeleteOptions(new DeleteOptionsBuilder()
                    .withGracePeriodSeconds((long) options.gracePeriodSeconds()).build());
        }
        boolean accepted = gateway.deadline().within("evict pods/" + pod.name() + " in namespace " + pod.namespace(),
                () -> client.pods().inNamespace(pod.namespace()).withName(pod.name()).evict(eviction.build()));
        if (!accepted) {
            throw new KubernetesClientException("Too Many Requests: the eviction was refused (429)", 429, null);
        }
    }

    /** The budgets in the pod's namespace that select it, with their state now. */
    List<BudgetStatus> budgetsCovering(PodRef ref) {
        Pod pod = gateway.deadline().within("get pods/" + ref.name() + " in namespace " + ref.namespace(),
                () -> client.pods().inNamespace(ref.namespace()).withName(ref.name()).get());
        if (pod == null) {
            return List.of();
        }
        return budgetsFor(List.of(pod));
    }

    ApiErrors errors() {
        return errors;
    }

    private List<BudgetStatus> budgetsFor(java.util.Collection<Pod> pods) {
        Set<String> namespaces = new TreeSet<>();
        pods.forEach(pod -> namespaces.add(pod.getMetadata().getNamespace()));
        List<BudgetStatus> budgets = new ArrayList<>();
        for (String namespace : namespaces) {
            List<PodDisruptionBudget> items;
            try {
                items = gateway.call("list", "poddisruptionbudgets in namespace " + namespace,
                        () -> client.policy().v1().podDisruptionBudget().inNamespace(namespace).list().getItems());
            } catch (ClusterException e) {
                if (e.kind() != ClusterException.Kind.FORBIDDEN) {
                    throw e;
                }
                // Without permission to read budgets the drain still works; it just cannot name them.
                LOG.info("cannot read disruption budgets: {}", e.getMessage());
                continue;
            }
            for (PodDisruptionBudget budget : items) {
                List<PodRef> covered = new ArrayList<>();
                for (Pod pod : pods) {
                    if (namespace.equals(pod.getMetadata().getNamespace()) && budget.getSpec() != null
                            && LabelSelectors.matches(budget.getSpec().getSelector(), pod.getMetadata().getLabels())) {
                        covered.add(DrainFilters.ref(pod));
                    }
                }
                if (!covered.isEmpty()) {
                    var status = budget.getStatus();
                    budgets.add(new BudgetStatus(namespace, budget.getMetadata().getName(),
                            status == null || status.getDisruptionsAllowed() == null ? 0 : status.getDisruptionsAllowed(),
                            status == null || status.getCurrentHealthy() == null ? 0 : status.getCurrentHealthy(),
                            status == null || status.getDesiredHealthy() == null ? 0 : status.getDesiredHealthy(),
                            status == null || status.getExpectedPods() == null ? 0 : status.getExpectedPods(), covered));
                }
            }
        }
        return budgets;
    }

    private boolean daemonSetExists(String namespace, String name) {
        return gateway.call("get", "daemonsets/" + name + " in namespace " + namespace,
                () -> client.apps().daemonSets().inNamespace(namespace).withName(name).get()) != null;
    }

    static Duration min(Duration a, Duration b) {
        Duration smaller = a.compareTo(b) <= 0 ? a : b;
        return smaller.isNegative() ? Duration.ZERO : smaller;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Kind.API, "drain interrupted", e);
        }
    }

    private static ThreadFactory threads(String node) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ironbook-drain-" + node + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
