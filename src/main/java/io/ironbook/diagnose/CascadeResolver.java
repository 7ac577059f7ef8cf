package io.ironbook.diagnose;

import io.ironbook.diagnose.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns findings into a cascade by their {@code causes} edges. Roots are the findings that no other
 * present finding explains; when a cycle leaves some findings unreachable from any root (rule sets are
 * checked for cycles, so only a hand-made set can do this), the first of them in finding order becomes
 * a root too, so every finding belongs to some root. A chain is the longest path from a root, cause
 * first; ties go to the finding listed first.
 */
public final class CascadeResolver {

    private CascadeResolver() {
    }

    /**
     * @param findings the findings, in a stable order (rule order)
     * @param causes   the ids each finding id explains, as the rules declare
     */
    public static Cascade resolve(List<Finding> findings, Function<String, List<String>> causes) {
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, Finding> byId = new HashMap<>();
        for (Finding f : findings) {
            order.putIfAbsent(f.id(), order.size());
            byId.put(f.id(), f);
        }
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Set<String> explained = new HashSet<>();
        for (String id : order.keySet()) {
            List<String> out = new ArrayList<>();
            for (String target : causes.apply(id)) {
                if (order.containsKey(target) && !target.equals(id)) {
                    out.add(target);
                    explained.add(target);
                }
            }
            edges.put(id, out);
        }
        List<String> roots = new ArrayList<>();
        for (String id : order.keySet()) {
            if (!explained.contains(id)) {
                roots.add(id);
            }
        }
        Set<String> reached = new HashSet<>();
        for (String root : roots) {
            reach(root, edges, reached);
        }
        for (String id : order.keySet()) {
            if (!reached.contains(id)) {
                roots.add(id);
                reach(id, edges, reached);
            }
        }
        Map<String, List<String>> memo = new HashMap<>();
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (String root : roots) {
            chains.put(root, longest(root, edges, memo, new LinkedHashSet<>()));
        }
        Comparator<String> rank = Comparator
                .<String>comparingInt(id -> byId.get(id).severity().ordinal())
                .thenComparing(id -> -chains.get(id).size())
                .thenComparingInt(order::get);
        roots.sort(rank);
        Map<String, List<String>> sortedChains = new LinkedHashMap<>();
        for (String root : roots) {
            sortedChains.put(root, chains.get(root));
        }
        List<String> chain = List.of();
        for (String root : roots) {
            if (chains.get(root).size() > chain.size()) {
                chain = chains.get(root);
            }
        }
        return new Cascade(edges, roots, sortedChains, chain);
    }

    private static void reach(String id, Map<String, List<String>> edges, Set<String> reached) {
        if (reached.add(id)) {
            for (String next : edges.getOrDefault(id, List.of())) {
                reach(next, edges, reached);
            }
        }
    }

    private static List<String> longest(String id, Map<String, List<String>> edges, Map<String, List<String>> memo,
                                        Set<String> onPath) {
        List<String> known = memo.get(id);
        if (known != null) {
            return known;
        }
        onPath.add(id);
        List<String> best = List.of();
        for (String next : edges.getOrDefault(id, List.of())) {
            if (onPath.contains(next)) {
                continue;
            }
            List<String> candidate = longest(next, edges, memo, onPath);
            if (candidate.size() > best.size()) {
                best = candidate;
            }
        }
        onPath.remove(id);
        List<String> result = new ArrayList<>();
        result.add(id);
        result.addAll(best);
        memo.put(id, List.copyOf(result));
        return memo.get(id);
    }
}
