package io.ironbook.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Node locks kept in this process only. */
final class InMemoryNodeLocks implements NodeLocks {
    private final Map<String, Holder> held = new ConcurrentHashMap<>();

    @Override
    public Optional<Holder> tryAcquire(String node, Holder holder) {
        Holder current = held.putIfAbsent(node, holder);
        if (current == null || current.runId().equals(holder.runId())) {
            return Optional.empty();
        }
        return Optional.of(current);
    }

    @Override
    public void renew(String node, Holder holder) {
        held.replace(node, holder);
    }

    @Override
    public void release(String node, Holder holder) {
        held.computeIfPresent(node, (n, current) -> current.runId().equals(holder.runId()) ? null : current);
    }
}
