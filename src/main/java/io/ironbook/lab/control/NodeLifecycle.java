package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.ironbook.lab.api.ApiStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The node lifecycle controller: a node whose lease was not renewed within the grace period gets
 * every condition set to Unknown (reason NodeStatusUnknown) and the unreachable taints.
 */
final class NodeLifecycle {
    static final Duration GRACE = Duration.ofSeconds(40);
    private final ApiStore store;
    private final Map<String, NodeMemory> memory;

    NodeLifecycle(ApiStore store, Map<String, NodeMemory> memory) {
        this.store = store;
        this.memory = memory;
    }

    /** Returns true when some node just went Unknown. */
    boolean check(Instant now) {
        boolean changed = false;
        for (Map.Entry<String, NodeMemory> e : memory.entrySet()) {
            NodeMemory mem = e.getValue();
            if (mem.unknown || mem.lastRenew == null || now.isBefore(mem.lastRenew.plus(GRACE))) {
                continue;
            }
            store.update(Objects.nodePath(e.getKey()), Node.class, n -> {
                n.getStatus().setConditions(Conditions.unknown(now, n.getStatus().getConditions()));
                Taints.sync(n, now);
                return n;
            });
            mem.unknown = true;
            changed = true;
        }
        return changed;
    }

    /** Re-applies taints after a client cordoned or uncordoned a node. */
    void syncTaints(String node, Instant now) {
        store.update(Objects.nodePath(node), Node.class, n -> {
            Taints.sync(n, now);
            return n;
        });
    }
}
