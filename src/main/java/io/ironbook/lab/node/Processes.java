package io.ironbook.lab.node;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What the containerd and kubelet processes do when they start and while they run, as the lines they
 * write to their journals: the checks that make them exit, and the complaints of a degraded runtime.
 */
final class Processes {
    static final String CRI_SOCKET = "/var/run/containerd/containerd.sock";
    static final String KUBELET_VERSION = "v1.30.4";
    private static final String DIAL_ERROR = "connection error: desc = \\\"transport: Error while dialing: dial unix "
            + CRI_SOCKET + ": connect: no such file or directory\\\"";
    private static final DateTimeFormatter CERT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final NodeState node;

    Processes(NodeState node) {
        this.node = node;
    }

    Optional<String> runContainerd(Unit unit, Instant now) {
        Journal log = node.containerdLog;
        int pid = unit.mainPid;
        node.log(log, now, "containerd", pid, LogLines.logfmt(now, "info", "starting containerd", null)
                + " revision= version=1.6.20~ds1");
        if (node.varMount().readOnly()) {
            node.log(log, now, "containerd", pid, "containerd: chmod /var/lib/containerd: read-only file system");
            return Optional.of("read-only");
        }
        String binDir = RuntimeConfig.binDir(node.vfs);
        String confDir = RuntimeConfig.confDir(node.vfs);
        boolean systemd = RuntimeConfig.containerdSystemdCgroup(node.vfs);
        node.log(log, now, "containerd", pid, LogLines.logfmt(now, "info", "Start cri plugin with config {PluginConfig:{ContainerdConfig:"
                + "{Snapshotter:overlayfs DefaultRuntimeName:runc Runtimes:map[runc:{Type:io.containerd.runc.v2 Options:map[SystemdCgroup:"
                + systemd + "]}]} CniConfig:{NetworkPluginBinDir:" + binDir + " NetworkPluginConfDir:" + confDir
                + " NetworkPluginMaxConfNum:1} SandboxImage:registry.k8s.io/pause:3.9} ContainerdRootDir:/var/lib/containerd"
                + " ContainerdEndpoint:/run/containerd/containerd.sock RootDir:/var/lib/containerd/io.containerd.grpc.v1.cri}", null));
        node.cniWatchAlive = true;
        evaluateNetwork(now, true);
        node.runtimeSystemdCgroup = systemd;
        node.cgroupMismatch = systemd != RuntimeConfig.kubeletSystemd(node.vfs);
        node.log(log, now, "containerd", pid, LogLines.logfmt(now, "info", "serving...", null) + " address=/run/containerd/containerd.sock");
        node.log(log, now, "containerd", pid, LogLines.logfmt(now, "info", "containerd successfully booted in 0.0" + (30 + node.random.nextInt(60)) + "112s", null));
        return Optional.empty();
    }

    Optional<String> runKubelet(Unit unit, Instant now) {
        Journal log = node.kubeletLog;
        int pid = unit.mainPid;
        klog(log, now, pid, 'I', "server.go:484", "\"Kubelet version\" kubeletVersion=\"" + KUBELET_VERSION + "\"");
        if (!node.kubeadmJoined) {
            return fail(log, now, pid, "failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: failed to load Kubelet config file"
                    + " /var/lib/kubelet/config.yaml, error failed to read kubelet config file \\\"/var/lib/kubelet/config.yaml\\\","
                    + " error: open /var/lib/kubelet/config.yaml: no such file or directory");
        }
        if (node.certsNotAfter != null && now.isAfter(node.certsNotAfter)) {
            klog(log, now, pid, 'E', "bootstrap.go:266", "part of the existing bootstrap client certificate in /etc/kubernetes/kubelet.conf is expired: "
                    + CERT_TIME.format(node.certsNotAfter));
            return fail(log, now, pid, "failed to run Kubelet: unable to load bootstrap kubeconfig: stat /etc/kubernetes/bootstrap-kubelet.conf: no such file or directory");
        }
        if (node.swapActive) {
            return fail(log, now, pid, "failed to run Kubelet: running with swap on is not supported, please disable swap! or set --fail-swap-on flag to false."
                    + " /proc/swaps contained: [Filename\\t\\t\\t\\tType\\t\\tSize\\t\\tUsed\\t\\tPriority " + NodeState.SWAP_DEVICE
                    + "                               partition\\t" + node.swapKb + "\\t0\\t-2]");
        }
        if (node.containerd().state() != UnitState.ACTIVE) {
            klog(log, now, pid, 'W', "logging.go:59", "[core] [Channel #1 SubChannel #2] grpc: addrConn.createTransport failed to connect to {Addr: \""
                    + CRI_SOCKET + "\", ServerName: \"localhost\", }. Err: connection error: desc = \"transport: Error while dialing: dial unix "
                    + CRI_SOCKET + ": connect: no such file or directory\"");
            return fail(log, now, pid, "failed to run Kubelet: validate service connection: validate CRI v1 runtime API for endpoint \\\"unix://"
                    + CRI_SOCKET + "\\\": rpc error: code = Unavailable desc = " + DIAL_ERROR);
        }
        klog(log, now, pid, 'I', "container_manager_linux.go:300", "\"Creating Container Manager object based on Node Config\" nodeConfig={"
                + "\"RuntimeCgroupsName\":\"\",\"SystemCgroupsName\":\"\",\"KubeletCgroupsName\":\"\",\"KubeletOOMScoreAdj\":-999,"
                + "\"ContainerRuntime\":\"\",\"CgroupsPerQOS\":true,\"CgroupRoot\":\"/\",\"CgroupDriver\":\""
                + (RuntimeConfig.kubeletSystemd(node.vfs) ? "systemd" : "cgroupfs") + "\",\"KubeletRootDir\":\"/var/lib/kubelet\"}");
        klog(log, now, pid, 'I', "kuberuntime_manager.go:261", "\"Container runtime initialized\" containerRuntime=\"containerd\""
                + " version=\"1.6.20~ds1\" apiVersion=\"v1\"");
        node.cgroupMismatch = node.runtimeSystemdCgroup != RuntimeConfig.kubeletSystemd(node.vfs);
        klog(log, now, pid, 'I', "kubelet_node_status.go:73", "\"Attempting to register node\" node=\"" + node.name() + "\"");
        klog(log, now, pid, 'I', "kubelet_node_status.go:76", "\"Successfully registered node\" node=\"" + node.name() + "\"");
        return Optional.empty();
    }

    private Optional<String> fail(Journal log, Instant now, int pid, String err) {
        klog(log, now, pid, 'E', "run.go:74", "\"command failed\" err=\"" + err + "\"");
        return Optional.of(err);
    }

    /** The kubelet loses its runtime: the socket is gone under it. */
    void runtimeLost(Unit kubelet, Instant now) {
        klog(node.kubeletLog, now, kubelet.mainPid, 'E', "remote_runtime.go:633", "\"Status from runtime service failed\" err=\"rpc error: code = Unavailable desc = "
                + DIAL_ERROR + "\"");
        klog(node.kubeletLog, now, kubelet.mainPid, 'E', "kubelet.go:2862", "\"Container runtime sanity check failed\" err=\"rpc error: code = Unavailable desc = "
                + DIAL_ERROR + "\"");
    }

    /** Re-reads the CNI folders as containerd's watcher would, unless the watcher died. */
    void refreshNetwork(Instant now) {
        if (node.containerd().state() == UnitState.ACTIVE && node.cniWatchAlive) {
            evaluateNetwork(now, false);
        }
    }

    private void evaluateNetwork(Instant now, boolean atStart) {
        boolean hasConfig = RuntimeConfig.hasNetworkConfig(node.vfs);
        String missing = RuntimeConfig.missingPlugin(node.vfs);
        boolean ready = hasConfig && missing == null;
        if (!ready && (atStart || node.networkReady)) {
            int pid = node.containerd().mainPid;
            String confDir = RuntimeConfig.confDir(node.vfs);
            if (!hasConfig) {
                node.log(node.containerdLog, now, "containerd", pid, LogLines.logfmt(now, "error",
                        "failed to load cni during init, please check CRI plugin status before setting up network for pods",
                        "cni config load failed: no network config found in " + confDir + ": cni plugin not initialized: failed to load cni config"));
            } else {
                node.log(node.containerdLog, now, "containerd", pid, LogLines.logfmt(now, "error",
                        "failed to load cni during init, please check CRI plugin status before setting up network for pods",
                        "cni plugin not initialized: failed to find plugin \"" + missing + "\" in path [" + RuntimeConfig.binDir(node.vfs) + "]"));
            }
        }
        node.networkReady = ready;
        node.networkProblem = ready ? "" : "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady"
                + " message:Network plugin returns error: cni plugin not initialized";
    }

    void klog(Journal log, Instant now, int pid, char severity, String source, String message) {
        node.log(log, now, "kubelet", pid, LogLines.klog(severity, now, pid, source, message));
    }
}
