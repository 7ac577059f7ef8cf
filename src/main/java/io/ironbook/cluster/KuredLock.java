package io.ironbook.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * kured's cluster-wide reboot lock as it stands: kured (the Kubernetes reboot daemon) records the node it
 * drains and reboots in an annotation of its own DaemonSet, so that one node reboots at a time (or
 * {@code maxOwners} with {@code --concurrency}). The annotation is JSON: {@code {"nodeID":"worker-2",
 * "metadata":{...},"created":"2026-11-26T03:00:00Z","TTL":0}}, or {@code {"maxOwners":2,"locks":[...]}}.
 *
 * @param daemonSet  {@code namespace/name} of kured's DaemonSet
 * @param annotation the annotation that holds the lock
 * @param holders    the nodes holding it, as kured wrote them (expired ones included; see {@link Holder#expired})
 */
public record KuredLock(String daemonSet, String annotation, List<Holder> holders) {
    /** Where kured keeps its lock by default ({@code --ds-namespace}, {@code --ds-name}, {@code --lock-annotation}). */
    public static final String NAMESPACE = "kube-system";
    public static final String NAME = "kured";
    public static final String ANNOTATION = "weave.works/kured-node-lock";

    public KuredLock {
        holders = List.copyOf(holders);
    }

    /**
     * One node holding kured's lock.
     *
     * @param node    kured's {@code nodeID} (the node's name)
     * @param created when kured took the lock, if it says
     * @param ttl     kured's {@code --lock-ttl} (zero: the lock never expires)
     */
    public record Holder(String node, Optional<Instant> created, Duration ttl) {
        /** Whether kured itself would consider the lock free at {@code now} (its TTL ran out). */
        public boolean expired(Instant now) {
            return !ttl.isZero() && !ttl.isNegative() && created.isPresent() && created.get().plus(ttl).isBefore(now);
        }
    }

    /** The holders whose lock has not expired at {@code now}. */
    public List<Holder> liveAt(Instant now) {
        return holders.stream().filter(h -> !h.expired(now)).toList();
    }

    /**
     * Reads the annotation's JSON (already parsed into maps and lists); empty when it names no node (kured
     * released it, or the text is not kured's).
     */
    static Optional<KuredLock> parse(String daemonSet, Object json) {
        if (!(json instanceof Map<?, ?> value)) {
            return Optional.empty();
        }
        List<Holder> holders = new ArrayList<>();
        if (value.get("locks") instanceof List<?> locks) {
            for (Object lock : locks) {
                holder(lock).ifPresent(holders::add);
            }
        } else {
            holder(value).ifPresent(holders::add);
        }
        return holders.isEmpty() ? Optional.empty() : Optional.of(new KuredLock(daemonSet, ANNOTATION, holders));
    }

    private static Optional<Holder> holder(Object json) {
        if (!(json instanceof Map<?, ?> lock) || !(lock.get("nodeID") instanceof String node) || node.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> created = Optional.empty();
        if (lock.get("created") instanceof String text) {
            try {
                created = Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                created = Optional.empty();
            }
        }
        // Go's time.Duration marshals as whole nanoseconds
        Duration ttl = lock.get("TTL") instanceof Number n ? Duration.ofNanos(n.longValue()) : Duration.ZERO;
        return Optional.of(new Holder(node, created, ttl));
    }
}
