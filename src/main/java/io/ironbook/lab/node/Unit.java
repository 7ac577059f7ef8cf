package io.ironbook.lab.node;

import java.time.Duration;
import java.time.Instant;

/**
 * One systemd service unit of a simulated node: its state, enablement, main process and restart
 * bookkeeping. Guarded by the owning {@link NodeState}'s lock.
 */
public final class Unit {
    private final String name;
    private final String description;
    private final String fragmentPath;
    private final String execStart;
    private final String docs;
    private final Duration restartDelay;
    private final String dropIn;

    UnitState state = UnitState.INACTIVE;
    boolean enabled = true;
    boolean masked;
    int mainPid;
    int lastExitStatus;
    String result = "success";
    Instant since;
    int restarts;
    Instant nextRestart;
    Instant stopDeadline;
    String failureCause;

    Unit(String name, String description, String fragmentPath, String execStart, String docs,
            Duration restartDelay, String dropIn) {
        this.name = name;
        this.description = description;
        this.fragmentPath = fragmentPath;
        this.execStart = execStart;
        this.docs = docs;
        this.restartDelay = restartDelay;
        this.dropIn = dropIn;
    }

    static Unit kubelet() {
        return new Unit("kubelet", "kubelet: The Kubernetes Node Agent", "/lib/systemd/system/kubelet.service",
                "/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS",
                "https://kubernetes.io/docs/", Duration.ofSeconds(10), "/etc/systemd/system/kubelet.service.d\n             └─10-kubeadm.conf");
    }

    static Unit containerd() {
        return new Unit("containerd", "containerd container runtime", "/lib/systemd/system/containerd.service",
                "/usr/bin/containerd", "https://containerd.io", Duration.ofSeconds(5), null);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String fragmentPath() {
        return fragmentPath;
    }

    public String execStart() {
        return execStart;
    }

    public String docs() {
        return docs;
    }

    public Duration restartDelay() {
        return restartDelay;
    }

    public String dropIn() {
        return dropIn;
    }

    public UnitState state() {
        return state;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean masked() {
        return masked;
    }

    public int mainPid() {
        return mainPid;
    }

    public int lastExitStatus() {
        return lastExitStatus;
    }

    public String result() {
        return result;
    }

    public Instant since() {
        return since;
    }

    public int restarts() {
        return restarts;
    }

    public boolean running() {
        return state == UnitState.ACTIVE;
    }
}
