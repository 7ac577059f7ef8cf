package io.ironbook.lab.node;

/**
 * What every simulated node shares with the cluster around it: the control-plane endpoint (the VIP)
 * and whether it answers. Thread-safe.
 */
public final class ClusterLink {
    private final String endpoint;
    private volatile boolean vipDown;

    public ClusterLink(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The API endpoint the kubelets use, {@code host:port}. */
    public String endpoint() {
        return endpoint;
    }

    public boolean vipDown() {
        return vipDown;
    }

    public void setVipDown(boolean down) {
        this.vipDown = down;
    }
}
