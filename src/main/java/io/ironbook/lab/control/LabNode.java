package io.ironbook.lab.control;

import io.ironbook.lab.node.NodeOs;

/**
 * A simulated node as the control side sees it: its operating system, role, address and pod CIDR.
 *
 * @param os           the node simulator
 * @param index        its position (0-based), used for addresses
 * @param controlPlane whether it is a control-plane node
 */
public record LabNode(NodeOs os, int index, boolean controlPlane) {

    public String name() {
        return os.name();
    }

    public String ip() {
        return os.state().ip();
    }

    public String podCidr() {
        return "10.244." + index + ".0/24";
    }

    public String machineId() {
        return String.format("%032x", (long) name().hashCode() * 2654435761L & 0xffffffffffffL);
    }
}
