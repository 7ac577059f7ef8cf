package io.ironbook.lab;

import java.util.Arrays;
import java.util.Optional;

/** A state the lab can put a node (or the whole cluster) in, at start or while it runs. */
public enum Scenario {
    HEALTHY("healthy", Target.CLUSTER, "Ready", "every node healthy (the baseline; changes nothing)"),
    POWER_LOSS("power-loss", Target.WORKER, "Unknown",
            "hard power off, dirty ext4 journal, /var read-only at boot, containerd cannot chmod /var/lib/containerd, kubelet crash-loops"),
    SWAP_ON("swap-on", Target.WORKER, "Unknown", "swap enabled in /etc/fstab and active; kubelet refuses to run"),
    CNI_MISSING("cni-missing", Target.WORKER, "NotReady", "/etc/cni/net.d emptied; containerd's watcher died on the REMOVE event"),
    CNI_BIN_PATH("cni-bin-path", Target.WORKER, "NotReady", "containerd looks for CNI plugins in Debian's /usr/lib/cni; they live in /opt/cni/bin"),
    CGROUP_DRIVER_MISMATCH("cgroup-driver-mismatch", Target.WORKER, "Ready",
            "kubelet uses cgroupfs, containerd SystemdCgroup = true: every pod sandbox fails"),
    LEFT_CORDONED("left-cordoned", Target.WORKER, "Ready,SchedulingDisabled", "rebooted after maintenance and never uncordoned"),
    CERT_EXPIRED("cert-expired", Target.CONTROL_PLANE, "Unknown", "kubeadm certificates expired; kubelet's client certificate is invalid"),
    DISK_FULL("disk-full", Target.WORKER, "Ready", "/var is 100% full: DiskPressure, image pulls fail"),
    VIP_DOWN("vip-down", Target.CLUSTER, "Unknown", "the control-plane VIP stopped answering; no kubelet reaches the API"),
    CONTAINERD_DEFAULT_CONFIG("containerd-default-config", Target.WORKER, "NotReady",
            "containerd runs Debian's default config: SystemdCgroup = false against kubelet's systemd driver, CNI plugins looked up in /usr/lib/cni");

    /** Where a scenario applies when no node is named. */
    public enum Target {
        /** The first worker (the first node when there is none). */
        WORKER,
        /** The first control-plane node. */
        CONTROL_PLANE,
        /** The whole cluster; a node name is ignored. */
        CLUSTER
    }

    private final String id;
    private final Target target;
    private final String expectedStatus;
    private final String summary;

    Scenario(String id, Target target, String expectedStatus, String summary) {
        this.id = id;
        this.target = target;
        this.expectedStatus = expectedStatus;
        this.summary = summary;
    }

    /** The name used on the command line, e.g. {@code power-loss}. */
    public String id() {
        return id;
    }

    public Target target() {
        return target;
    }

    /** The STATUS column {@code kubectl get nodes} shows for the affected node(s) once it took effect. */
    public String expectedStatus() {
        return expectedStatus;
    }

    public String summary() {
        return summary;
    }

    public static Optional<Scenario> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The ids, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Scenario::id).toList());
    }
}
