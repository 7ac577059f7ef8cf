package io.ironbook.remote;

/** A node name that neither the inventory, the ssh_config nor the cluster knows. */
public class UnknownNodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String node;

    public UnknownNodeException(String node, String message) {
        super(message);
        this.node = node;
    }

    public String node() {
        return node;
    }
}
