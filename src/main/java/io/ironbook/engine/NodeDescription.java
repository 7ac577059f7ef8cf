package io.ironbook.engine;

import io.ironbook.cluster.NodeConditionSummary;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.TaintSummary;
import java.util.ArrayList;
import java.util.List;

/** What the API says about a node, as lines for a describe step. */
final class NodeDescription {

    private NodeDescription() {
    }

    static List<String> lines(NodeSummary node) {
        List<String> lines = new ArrayList<>();
        lines.add("status: " + node.statusText() + (node.readyReason().isEmpty() ? "" : " (" + node.readyReason() + ")"));
        if (!node.readyMessage().isEmpty()) {
            lines.add("message: " + node.readyMessage());
        }
        node.lastHeartbeat().ifPresent(h -> lines.add("last heartbeat: " + h));
        for (NodeConditionSummary condition : node.pressures()) {
            lines.add("pressure: " + condition);
        }
        for (NodeConditionSummary condition : node.problems()) {
            lines.add("problem: " + condition);
        }
        for (TaintSummary taint : node.taints()) {
            lines.add("taint: " + taint);
        }
        node.cordonMark().ifPresent(mark -> lines.add("cordoned by " + mark.by() + (mark.runId().isEmpty() ? "" : " in run " + mark.runId())));
        lines.add("roles: " + (node.roles().isEmpty() ? "<none>" : String.join(",", node.roles()))
                + "  kubelet: " + node.kubeletVersion() + "  address: " + node.internalIp() + "  boot id: " + node.bootId());
        return lines;
    }
}
