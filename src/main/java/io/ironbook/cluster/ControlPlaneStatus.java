package io.ironbook.cluster;

import java.util.List;

/**
 * Whether the control plane can be relied on: the API server's {@code /readyz} and the control-plane nodes.
 *
 * @param apiReady whether {@code /readyz} answered ok
 * @param apiDetail what {@code /readyz} answered, or why it could not be asked
 * @param controlPlaneNodes the nodes with the control-plane (or master) role
 */
public record ControlPlaneStatus(boolean apiReady, String apiDetail, List<NodeSummary> controlPlaneNodes) {

    public ControlPlaneStatus {
        controlPlaneNodes = List.copyOf(controlPlaneNodes);
    }

    /** The API is ready and every control-plane node is Ready. */
    public boolean ready() {
        return apiReady && controlPlaneNodes.stream().allMatch(node -> node.readiness() == NodeReadiness.READY);
    }
}
