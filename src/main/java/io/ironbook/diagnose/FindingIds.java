package io.ironbook.diagnose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stable finding ids of the evidence-bundle contract, with what each means. This is the one
 * place that names them: the diagnosis rules are checked against it when they load, and the
 * runbook loader is handed {@link #all()} to check each runbook's {@code appliesTo}.
 */
public final class FindingIds {

    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        define("power-loss-dirty-journal", "unclean shutdown: the ext4 journal needed recovery or fsck at boot");
        define("fs-readonly", "a filesystem the runtime needs (/, /var, /var/lib/containerd) is read-only");
        define("disk-full", "no space or no inodes left where the runtime or kubelet writes");
        define("containerd-down", "containerd is not running, crashed, or fails to start");
        define("cri-socket-missing", "kubelet cannot reach the CRI socket (missing, refused, wrong endpoint)");
        define("kubelet-crashloop", "kubelet restarts again and again (systemd auto-restart loop)");
        define("kubelet-stopped", "kubelet is stopped and not restarting (e.g. left stopped after maintenance)");
        define("swap-enabled", "swap is on and kubelet refuses to run with it");
        define("cgroup-driver-mismatch", "kubelet and containerd disagree on systemd vs cgroupfs (SystemdCgroup)");
        define("module-missing-overlay", "overlay module not loaded");
        define("module-missing-br-netfilter", "br_netfilter not loaded / bridge-nf-call-iptables not 1");
        define("ip-forward-disabled", "net.ipv4.ip_forward is 0");
        define("cni-not-initialized", "runtime network not ready: cni plugin not initialized / NetworkPluginNotReady");
        define("cni-bin-path-mismatch", "containerd looks for CNI binaries in one folder, they live in another");
        define("cni-config-missing", "no network config in /etc/cni/net.d");
        define("cert-expired", "a kubelet or control-plane certificate has expired (x509)");
        define("apiserver-unreachable", "the node cannot reach the API endpoint or the VIP");
        define("clock-skew", "the node's clock is off: TLS not yet valid, NTP unsynchronised");
        define("pleg-unhealthy", "PLEG is not healthy");
        define("node-status-unknown", "the control plane stopped hearing from the kubelet (NodeStatusUnknown)");
        define("node-not-ready", "the Node's Ready condition is False");
        define("node-cordoned", "the Node is unschedulable (left cordoned after maintenance)");
        define("memory-pressure", "the kubelet reports MemoryPressure");
        define("disk-pressure", "the kubelet reports DiskPressure");
        define("pid-pressure", "the kubelet reports PIDPressure");
    }

    private FindingIds() {
    }

    private static void define(String id, String meaning) {
        MEANINGS.put(id, meaning);
    }

    /** Every finding id, in the contract's order. */
    public static Set<String> all() {
        return Collections.unmodifiableSet(MEANINGS.keySet());
    }

    /** Whether the id is one of the contract's. */
    public static boolean isKnown(String id) {
        return MEANINGS.containsKey(id);
    }

    /** What the finding means, in one line. */
    public static Optional<String> meaning(String id) {
        return Optional.ofNullable(MEANINGS.get(id));
    }
}
