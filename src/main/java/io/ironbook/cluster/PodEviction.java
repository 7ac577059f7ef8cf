package io.ironbook.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The eviction of one pod, retried under our control: every {@code evictionRetryInterval} while a
 * disruption budget refuses it (naming the budget and its disruptionsAllowed each time), with backoff while
 * the API server is unreachable or failing, and not at all for a refusal such as 403.
 */
final class PodEviction {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Drainer drainer;
    private final DrainOptions options;
    private final DrainListener listener;
    private final Instant deadline;

    PodEviction(Drainer drainer, DrainOptions options, DrainListener listener, Instant deadline) {
        this.drainer = drainer;
        this.options = options;
        this.listener = listener;
        this.deadline = deadline;
    }

    /**
     * @param lastRefusal where to record why the pod is not evicted yet, for the timeout message
     * @param failures where to record why the eviction failed for good
     * @return true once the eviction was accepted or the pod is gone; false when it failed or time ran out
     */
    boolean run(PodRef pod, Map<PodRef, String> lastRefusal, Map<PodRef, String> failures) {
        Duration backoff = Duration.ofMillis(200);
        String resource = (options.disableEviction() ? "pods/" : "pods/eviction ") + pod;
        String verb = options.disableEviction() ? "delete" : "create";
        while (!Thread.currentThread().isInterrupted() && Instant.now().isBefore(deadline)) {
            listener.evicting(pod);
            try {
                drainer.evictOnce(pod, options);
                lastRefusal.remove(pod);
                listener.evicted(pod);
                return true;
            } catch (KubernetesClientException e) {
                int code = e.getCode();
                if (code == 404) {
                    listener.evicted(pod);
                    return true;
                }
                if (code == 429) {
                    Duration wait = Drainer.min(options.evictionRetryInterval(), Duration.between(Instant.now(), deadline));
                    List<BudgetStatus> budgets = budgets(pod);
                    String apiMessage = ApiErrors.statusMessage(e).isEmpty()
                            ? "Cannot evict pod as it would violate the pod's disruption budget."
                            : ApiErrors.statusMessage(e);
                    lastRefusal.put(pod, budgets.isEmpty() ? apiMessage
                            : String.join("; ", budgets.stream().map(BudgetStatus::describe).toList()));
                    listener.evictionRefused(pod, budgets, apiMessage, wait);
                    sleep(wait);
                    continue;
                }
                ClusterException translated = drainer.errors().translate(e, verb, resource);
                boolean permanent = ApiErrors.statusMessage(e).contains("more than one PodDisruptionBudget");
                if (!permanent && (code >= 500 || translated.kind() == ClusterException.Kind.UNREACHABLE)) {
                    Duration wait = Drainer.min(backoff, Duration.between(Instant.now(), deadline));
                    lastRefusal.put(pod, translated.getMessage());
                    listener.apiUnavailable(translated.getMessage(), wait);
                    sleep(wait);
                    backoff = Drainer.min(backoff.multipliedBy(2), MAX_BACKOFF);
                    continue;
                }
                return fail(pod, translated.getMessage(), failures);
            } catch (RuntimeException e) {
                ClusterException translated = drainer.errors().translate(e, verb, resource);
                if (translated.kind() != ClusterException.Kind.UNREACHABLE) {
                    return fail(pod, translated.getMessage(), failures);
                }
                Duration wait = Drainer.min(backoff, Duration.between(Instant.now(), deadline));
                lastRefusal.put(pod, translated.getMessage());
                listener.apiUnavailable(translated.getMessage(), wait);
                sleep(wait);
                backoff = Drainer.min(backoff.multipliedBy(2), MAX_BACKOFF);
            }
        }
        return false;
    }

    private boolean fail(PodRef pod, String message, Map<PodRef, String> failures) {
        failures.put(pod, message);
        listener.failed(pod, message);
        return false;
    }

    private List<BudgetStatus> budgets(PodRef pod) {
        try {
            return drainer.budgetsCovering(pod);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
