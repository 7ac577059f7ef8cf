package io.ironbook.lab.node;

import java.time.Duration;
import java.time.Instant;

/**
 * One simulated node: its state and the operations on it (systemd, power, the simulation tick). All
 * operations lock the node's {@link NodeState}; shell commands run while holding the same lock.
 */
public final class NodeOs {
    /** How long before the lab starts the simulated machine booted. */
    public static final Duration UPTIME_AT_START = Duration.ofDays(2);
    private final NodeState state;
    private final Systemd systemd;
    private final PowerCycle power;
    private final Noise noise;

    private NodeOs(NodeState state) {
        this.state = state;
        this.systemd = new Systemd(state);
        this.power = new PowerCycle(state, systemd);
        this.noise = new Noise(state, systemd.processes());
    }

    /** A healthy node that booted {@link #UPTIME_AT_START} before {@code now}. */
    public static NodeOs create(String name, boolean controlPlane, String ip, ClusterLink cluster, long seed, Instant now) {
        NodeState state = new NodeState(name, controlPlane, ip, cluster, seed);
        Instant installed = now.minus(UPTIME_AT_START).minus(Duration.ofHours(3));
        NodeFiles.install(state, installed);
        state.certsNotAfter = now.plus(Duration.ofDays(300));
        NodeOs os = new NodeOs(state);
        Instant boot = now.minus(UPTIME_AT_START);
        os.power.boot(boot, boot.plus(PowerCycle.BOOT));
        return os;
    }

    /** What {@code containerd config default} prints on these Debian nodes. */
    public static String defaultContainerdConfig() {
        return NodeFiles.DEBIAN_DEFAULT_CONTAINERD;
    }

    public NodeState state() {
        return state;
    }

    public Systemd systemd() {
        return systemd;
    }

    public String name() {
        return state.name();
    }

    /** Advances restarts, shutdowns, boots and periodic log lines to {@code now}. */
    public void tick(Instant now) {
        synchronized (state) {
            power.tick(now);
            if (state.power == Power.RUNNING) {
                systemd.tick(now);
                noise.tick(now);
            }
        }
    }

    public NodeHealth health() {
        synchronized (state) {
            boolean running = state.power == Power.RUNNING;
            boolean kubelet = running && state.kubelet().running();
            boolean containerd = running && state.containerd().running();
            boolean heartbeating = kubelet && !state.cluster().vipDown();
            boolean disk = state.varMount().usePercent() >= 90;
            boolean pods = kubelet && containerd && state.networkReady && !state.cgroupMismatch && state.varMount().usePercent() < 100;
            return new NodeHealth(state.power, state.bootId, state.bootTime, heartbeating, containerd && state.networkReady,
                    state.networkProblem, disk, pods);
        }
    }

    /** {@code shutdown -h now} ({@code reboot} = true: comes back after a short POST). */
    public void shutdown(Instant now, boolean reboot) {
        synchronized (state) {
            power.shutdown(now, reboot);
        }
    }

    /** The power is cut (or the reset button pressed): no clean unmount. */
    public void powerLoss(Instant now) {
        synchronized (state) {
            power.powerLoss(now);
        }
    }

    /** Presses the power button of a halted machine (the BMC's power on). */
    public void powerOn(Instant now) {
        synchronized (state) {
            power.powerOn(now);
        }
    }

    /** Reboots at once as a watchdog would, e.g. to apply a scenario at boot. */
    public void bootNow(Instant now) {
        synchronized (state) {
            power.boot(now, now);
        }
    }

    /** Re-reads fstab, modules and sysctls as a boot does (used by {@code sysctl --system}). */
    public void reloadSettings(Instant now) {
        synchronized (state) {
            power.bootSettings(now);
        }
    }

    /** Flannel's install-cni step: the network config and the flannel plugin binary come back. */
    public void installFlannel(Instant now) {
        synchronized (state) {
            if (state.writable("/etc/cni/net.d") && state.vfs.read("/etc/cni/net.d/10-flannel.conflist").isEmpty()) {
                state.vfs.writeText("/etc/cni/net.d/10-flannel.conflist", NodeFiles.FLANNEL_CONFLIST, now);
            }
            if (state.writable("/opt/cni/bin") && state.vfs.file("/opt/cni/bin/flannel").isEmpty()) {
                state.vfs.write("/opt/cni/bin/flannel", VfsFile.binary(2_631_704L, now));
            }
        }
    }

    /** Runs the simulation from {@code from} to {@code to} in steps, as if that time had passed (scenarios at start). */
    public void catchUp(Instant from, Instant to, Duration step) {
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            tick(t.plusNanos(state.random.nextInt(1_000_000) * 1000L));
        }
        tick(to);
    }

    /** Rewrites a file (scenarios); false when it is missing or read-only. */
    public boolean editFile(String path, java.util.function.UnaryOperator<String> change, Instant now) {
        synchronized (state) {
            return state.vfs.read(path).map(text -> state.writeFile(path, change.apply(text), now)).orElse(false);
        }
    }

    /** {@code systemctl restart} of a unit at a given time (scenarios). */
    public void restart(String unit, Instant now) {
        synchronized (state) {
            if (state.power == Power.RUNNING) {
                systemd.restart(unit, now);
            }
        }
    }

    /**
     * The containerd configuration is replaced by the one Debian's {@code containerd config default} writes
     * (runc with cgroupfs, CNI binaries in /usr/lib/cni) and containerd restarted, as a node set up
     * without the systemd-cgroup and CNI-folder edits ends up.
     */
    public void writeDefaultContainerdConfig(Instant now) {
        synchronized (state) {
            state.writeFile(RuntimeConfig.CONTAINERD_CONFIG, NodeFiles.DEBIAN_DEFAULT_CONTAINERD, now);
            restart("containerd", now);
        }
    }

    /** Swap is turned on: the fstab line is uncommented and the partition activated. */
    public void enableSwap(Instant now) {
        synchronized (state) {
            editFile("/etc/fstab", t -> t.replace("#UUID=c4a1e2f3", "UUID=c4a1e2f3"), now);
            state.swapActive = true;
            state.kernel(now, "Adding " + state.swapKb + "k swap on " + NodeState.SWAP_DEVICE + ".  Priority:-2 extents:1 across:" + state.swapKb + "k SS");
        }
    }

    /** The CNI config disappears and containerd's watcher dies on the REMOVE event (it needs a restart). */
    public void removeCniConfig(Instant now) {
        synchronized (state) {
            state.vfs.remove("/etc/cni/net.d/10-flannel.conflist");
            Unit containerd = state.containerd();
            if (containerd.running()) {
                state.log(state.containerdLog, now, "containerd", containerd.mainPid, LogLines.logfmt(now, "error",
                        "failed to reload cni configuration after receiving fs change event(REMOVE        \"/etc/cni/net.d/10-flannel.conflist\")",
                        "cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config"));
            }
            state.cniWatchAlive = false;
            state.networkReady = false;
            state.networkProblem = "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady"
                    + " message:Network plugin returns error: cni plugin not initialized";
        }
    }

    /** /var fills up to 100%. */
    public void fillVar(Instant now) {
        synchronized (state) {
            Mount var = state.varMount();
            var.setUsedKb(var.sizeKb());
            state.lastNoise = Instant.EPOCH;
        }
    }

    /** An info line of the running kubelet (pod events the API side sees happen on this node). */
    public void kubeletInfo(Instant now, String source, String message) {
        synchronized (state) {
            Unit kubelet = state.kubelet();
            if (kubelet.running()) {
                state.log(state.kubeletLog, now, "kubelet", kubelet.mainPid, LogLines.klog('I', now, kubelet.mainPid, source, message));
            }
        }
    }
}
