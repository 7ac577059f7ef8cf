package io.ironbook.diagnose;

import java.util.List;
import java.util.Map;

/**
 * The cascade the findings form: the edges between findings that are both present, the root causes
 * (findings nothing present explains), each root's longest chain, and the longest chain overall.
 *
 * @param edges      finding id to the present findings it explains
 * @param rootCauses the roots, most severe and longest-reaching first
 * @param chains     each root's longest chain, cause first
 * @param chain      the longest chain of all, cause first (empty when there are no findings)
 */
public record Cascade(Map<String, List<String>> edges, List<String> rootCauses, Map<String, List<String>> chains,
                      List<String> chain) {

    public Cascade {
        edges = Map.copyOf(edges);
        rootCauses = List.copyOf(rootCauses);
        chains = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chains));
        chain = List.copyOf(chain);
    }
}
