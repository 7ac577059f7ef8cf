package io.ironbook.lab.node;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The lines a running but degraded kubelet and containerd keep writing, every ten seconds of
 * simulated time: network not ready, unreachable API endpoint, cgroup driver mismatch, full disk.
 */
final class Noise {
    private static final Duration PERIOD = Duration.ofSeconds(10);
    private final NodeState node;
    private final Processes processes;

    Noise(NodeState node, Processes processes) {
        this.node = node;
        this.processes = processes;
    }

    void tick(Instant now) {
        if (node.power != Power.RUNNING || now.isBefore(node.lastNoise.plus(PERIOD))) {
            return;
        }
        node.lastNoise = now;
        Unit kubelet = node.kubelet();
        Unit containerd = node.containerd();
        if (kubelet.running() && containerd.running() && !node.networkReady) {
            processes.klog(node.kubeletLog, now, kubelet.mainPid, 'E', "kubelet.go:2900", "\"Container runtime network not ready\" networkReady=\""
                    + "NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized\"");
        }
        if (kubelet.running() && node.cluster().vipDown()) {
            String api = "https://" + node.cluster().endpoint();
            processes.klog(node.kubeletLog, now, kubelet.mainPid, 'E', "controller.go:145", "\"Failed to ensure lease exists, will retry\" err=\"Get \\\""
                    + api + "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/" + node.name() + "?timeout=10s\\\": dial tcp "
                    + node.cluster().endpoint() + ": connect: no route to host\" interval=\"7s\"");
            processes.klog(node.kubeletLog, now, kubelet.mainPid, 'E', "kubelet_node_status.go:544", "\"Error updating node status, will retry\" err=\"error getting node \\\""
                    + node.name() + "\\\": Get \\\"" + api + "/api/v1/nodes/" + node.name() + "?resourceVersion=0&timeout=10s\\\": dial tcp "
                    + node.cluster().endpoint() + ": connect: no route to host\"");
        }
        if (kubelet.running() && containerd.running() && node.cgroupMismatch) {
            cgroupMismatch(now, kubelet, containerd);
        }
        if (containerd.running() && node.varMount().usePercent() >= 100) {
            node.log(node.containerdLog, now, "containerd", containerd.mainPid, LogLines.logfmt(now, "error",
                    "failed to pull and unpack image \"docker.io/library/nginx:1.27\"",
                    "failed to extract layer sha256:" + hex(32) + ": write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/"
                            + (100 + node.random.nextInt(800)) + "/fs/usr/lib/x86_64-linux-gnu/libcrypto.so.3: no space left on device: unknown"));
        }
        if (kubelet.running() && node.varMount().usePercent() >= 90) {
            processes.klog(node.kubeletLog, now, kubelet.mainPid, 'W', "eviction_manager.go:369", "\"Eviction manager: attempting to reclaim\" resourceName=\"ephemeral-storage\"");
            processes.klog(node.kubeletLog, now, kubelet.mainPid, 'E', "eviction_manager.go:574", "\"Eviction manager: cannot evict a critical pod\" pod=\"kube-system/kube-proxy-"
                    + node.name() + "\"");
        }
    }

    private void cgroupMismatch(Instant now, Unit kubelet, Unit containerd) {
        if (!node.runtimeSystemdCgroup) {
            // runc manages cgroupfs paths under systemd's slices: the sandboxes die and are re-created
            String pod = node.controlPlane() ? "kube-apiserver-" + node.name() : "kube-proxy-" + node.name();
            processes.klog(node.kubeletLog, now, kubelet.mainPid, 'I', "kuberuntime_manager.go:1008",
                    "\"Pod sandbox changed, it will be killed and re-created.\" pod=\"kube-system/" + pod + "\"");
            return;
        }
        String uid = hex(32);
        String path = "/kubepods/burstable/pod" + uid + "/" + hex(64);
        String pod = node.controlPlane() ? "kube-apiserver-" + node.name() : "kube-proxy-" + node.name();
        String error = "failed to create containerd task: failed to create shim task: OCI runtime create failed: expected cgroupsPath to be of format"
                + " \\\"slice:prefix:name\\\" for systemd cgroups, got \\\"" + path + "\\\" instead: unknown";
        node.log(node.containerdLog, now, "containerd", containerd.mainPid, "time=\"" + DateTimeFormatter.ISO_INSTANT.format(now)
                + "\" level=error msg=\"RunPodSandbox for &PodSandboxMetadata{Name:" + pod + ",Uid:" + uid
                + ",Namespace:kube-system,Attempt:0,} failed, error\" error=\"" + error + "\"");
        processes.klog(node.kubeletLog, now, kubelet.mainPid, 'E', "remote_runtime.go:116", "\"RunPodSandbox from runtime service failed\" err=\"rpc error: code = Unknown desc = "
                + error + "\"");
    }

    private String hex(int digits) {
        byte[] bytes = new byte[digits / 2];
        node.random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
