package io.ironbook.engine;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.runbook.Target;
import io.ironbook.runbook.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a step's target into node names: named nodes through the params, roles and selectors
 * through the cluster's node labels. kubeadm labels control planes but not workers, so the role
 * {@code worker} also takes every node that has no role at all; {@code control-plane} also takes
 * the older {@code master} label.
 */
final class TargetExpander {
    private final ClusterGateway cluster;

    TargetExpander(ClusterGateway cluster) {
        this.cluster = cluster;
    }

    List<String> expand(Target target, Function<String, List<String>> paramValues) {
        if (target instanceof Target.Nodes nodes) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (String name : nodes.names()) {
                Optional<String> ref = Template.singleRef(name);
                if (ref.isPresent()) {
                    names.addAll(paramValues.apply(ref.get()));
                } else {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        }
        if (target instanceof Target.Role role) {
            String wanted = Template.singleRef(role.role()).map(r -> String.join("", paramValues.apply(r))).orElse(role.role());
            List<String> names = new ArrayList<>();
            for (NodeSummary node : cluster.nodes()) {
                if (hasRole(node, wanted)) {
                    names.add(node.name());
                }
            }
            return names;
        }
        Target.Selector selector = (Target.Selector) target;
        String wanted = Template.singleRef(selector.selector()).map(r -> String.join(",", paramValues.apply(r)))
                .orElse(selector.selector());
        return cluster.nodeNamesMatching(wanted);
    }

    static boolean hasRole(NodeSummary node, String role) {
        if (node.roles().contains(role)) {
            return true;
        }
        if (role.equals("worker")) {
            return node.roles().isEmpty();
        }
        return role.equals("control-plane") && node.roles().contains("master");
    }
}
