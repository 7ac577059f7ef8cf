package io.ironbook.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every finding id of the contract: evidence that must raise it, and a look-alike that must not.
 */
class FindingRulesTest {

    private record Case(String id, boolean expected, String name, Bundles bundle) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void positive(String id, String name, Bundles bundle) {
        CASES.add(new Case(id, true, name, bundle));
    }

    private static void negative(String id, String name, Bundles bundle) {
        CASES.add(new Case(id, false, name, bundle));
    }

    private static final String K = "Mar 14 06:02:31 n1 kubelet[1022]: ";
    private static final String C = "Mar 14 06:02:20 n1 containerd[812]: ";
    private static final String S = "Mar 14 06:02:31 n1 systemd[1]: ";
    private static final String DESCRIBE_HEAD = "  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message";

    private static String condition(String type, String status, String reason, String message) {
        return String.format("  %-16s %-7s Mon, 03 Jun 2019 13:54:18 +0000   Sun, 02 Jun 2019 21:39:37 +0000   %-28s %s",
                type, status, reason, message);
    }

    private static String nodeYaml(boolean unschedulable, String type, String status, String reason) {
        return "apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\nspec:\n  unschedulable: " + unschedulable
                + "\nstatus:\n  conditions:\n  - type: " + type + "\n    status: \"" + status + "\"\n    reason: " + reason
                + "\n    message: some message";
    }

    static {
        positive("power-loss-dirty-journal", "ext4 recovery at boot",
                Bundles.with("kernel.log", "Mar 14 06:02:12 n1 kernel: EXT4-fs (sda2): recovery complete"));
        positive("power-loss-dirty-journal", "fsck found the fs not cleanly unmounted",
                Bundles.with("journal-kubelet.log", "Mar 14 06:01:02 n1 systemd-fsck[401]: /dev/sda2 was not cleanly unmounted, check forced."));
        negative("power-loss-dirty-journal", "clean mount and a run-time journal abort",
                Bundles.with("kernel.log", "Mar 14 06:02:12 n1 kernel: EXT4-fs (sda2): mounted filesystem with ordered data mode. Opts: (null)",
                        "[7438185.617430] Aborting journal on device dm-4-8."));

        positive("fs-readonly", "/proc/mounts", Bundles.with("mounts.txt", "/dev/sda2 /var ext4 ro,relatime 0 0"));
        positive("fs-readonly", "findmnt -rno", Bundles.with("mounts.txt", "/var/lib/containerd /dev/sdb1 xfs ro,relatime"));
        positive("fs-readonly", "mount output", Bundles.with("mounts.txt", "/dev/sda1 on / type ext4 (ro,relatime)"));
        positive("fs-readonly", "containerd cannot chmod its root",
                Bundles.with("journal-containerd.log", C + "containerd: chmod /var/lib/containerd: read-only file system"));
        negative("fs-readonly", "read-only pseudo filesystems, a pod volume, errors=remount-ro",
                Bundles.with("mounts.txt", "/dev/loop0 /snap/core20/2105 squashfs ro,nodev,relatime 0 0",
                        "tmpfs /sys/fs/cgroup tmpfs ro,nosuid,nodev,noexec,mode=755 0 0",
                        "/dev/rbd0 /var/lib/kubelet/pods/0d3f/volumes/kubernetes.io~csi/pvc-3c1d/mount ext4 ro,relatime 0 0",
                        "/dev/sda2 /var ext4 rw,relatime,errors=remount-ro 0 0"));
        negative("fs-readonly", "EROFS on the cgroup tree is not runtime storage",
                Bundles.with("journal-containerd.log", C + "time=\"2025-01-01T00:00:00Z\" level=error msg=\"failed\" error=\"mkdir /sys/fs/cgroup/cpuset/kubepods: read-only file system\""));
        negative("fs-readonly", "kernel remount of a disk that mounts.txt shows is not runtime storage",
                Bundles.with("kernel.log", "[100.1] EXT4-fs (sdc1): Remounting filesystem read-only")
                        .and("mounts.txt", "/dev/sdc1 /srv/backup ext4 ro,relatime 0 0", "/dev/sda2 /var ext4 rw,relatime 0 0"));

        positive("disk-full", "df shows /var at 100%", Bundles.with("df.txt",
                "Filesystem     Type  Size  Used Avail Use% Mounted on", "/dev/sda2      ext4   50G   50G     0 100% /var"));
        positive("disk-full", "inodes exhausted", Bundles.with("df.txt",
                "Filesystem      Inodes  IUsed IFree IUse% Mounted on", "/dev/sda1      3276800 3276800     0  100% /"));
        positive("disk-full", "ENOSPC writing the runtime root",
                Bundles.with("journal-containerd.log", C + "time=\"x\" level=error msg=\"failed to write\" error=\"write /var/lib/containerd/io.containerd.content.v1.content/ingest/ab/data: no space left on device\""));
        negative("disk-full", "/boot/efi full and / at 97%", Bundles.with("df.txt",
                "Filesystem     Type  Size  Used Avail Use% Mounted on", "/dev/sda1 vfat 511M 511M 0 100% /boot/efi",
                "/dev/sda2      ext4   50G   48G  1.5G  97% /"));

        positive("containerd-down", "systemctl: failed", Bundles.with("systemctl-status.txt",
                "× containerd.service - containerd container runtime",
                "     Loaded: loaded (/lib/systemd/system/containerd.service; enabled; vendor preset: enabled)",
                "     Active: failed (Result: exit-code) since Fri 2025-03-14 06:02:20 UTC; 11min ago"));
        negative("containerd-down", "routine level=error lines while containerd runs",
                Bundles.with("journal-containerd.log",
                        C + "time=\"2024-08-28T08:26:46.746852105+08:00\" level=error msg=\"ContainerStatus for \\\"d497\\\" failed\" error=\"rpc error: code = NotFound desc = an error occurred when try to find container \\\"d497\\\": not found\"")
                        .and("systemctl-status.txt", "● containerd.service - containerd container runtime",
                                "     Active: active (running) since Fri 2025-03-14 06:02:20 UTC; 11min ago"));

        positive("cri-socket-missing", "W-level dial of containerd.sock fails",
                Bundles.with("journal-kubelet.log", K + "W0314 06:02:31.201553    1022 logging.go:59] grpc: addrConn.createTransport failed: dial unix /run/containerd/containerd.sock: connect: no such file or directory"));
        negative("cri-socket-missing", "kubelet started before containerd, then reached it",
                Bundles.with("journal-kubelet.log",
                        K + "E0314 06:02:31.2 1022 remote_runtime.go:633] \"Status from runtime service failed\" err=\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial unix /var/run/containerd/containerd.sock: connect: no such file or directory\\\"\"",
                        K + "I0314 06:02:41.2 1022 kuberuntime_manager.go:262] \"Container runtime initialized\" containerRuntime=\"containerd\" version=\"1.7.24\" apiVersion=\"v1\""));
        positive("cri-socket-missing", "containerd config disables the CRI plugin",
                Bundles.with("containerd-config.toml", "disabled_plugins = [\"cri\"]"));
        negative("cri-socket-missing", "I-level probe of crio.sock on a containerd node",
                Bundles.with("journal-kubelet.log", K + "I0314 06:02:31.190563    1022 util_unix.go:103] \"probing\" endpoint=\"unix:///var/run/crio/crio.sock\" err=\"dial unix /var/run/crio/crio.sock: connect: no such file or directory\""));

        positive("kubelet-crashloop", "systemctl: activating (auto-restart)", Bundles.with("systemctl-status.txt",
                "● kubelet.service - kubelet: The Kubernetes Node Agent",
                "     Active: activating (auto-restart) (Result: exit-code) since Fri 2025-03-14 06:14:02 UTC; 4s ago"));
        positive("kubelet-crashloop", "restart counter climbs",
                Bundles.with("journal-kubelet.log", S + "kubelet.service: Scheduled restart job, restart counter is at 7."));
        negative("kubelet-crashloop", "one exit, then stopped",
                Bundles.with("systemctl-status.txt", " kubelet.service - kubelet: The Kubernetes Node Agent",
                        "   Active: inactive (dead) (Result: exit-code) since Tue 2020-07-07 14:13:10 EDT; 11s ago",
                        "Jul 07 14:13:08 m systemd[1]: kubelet.service: main process exited, code=exited, status=255/n/a",
                        "Jul 07 14:13:09 m systemd[1]: kubelet.service: Scheduled restart job, restart counter is at 4."));
        positive("kubelet-crashloop", "older systemd: hold-off time over, again and again", Bundles.with("journal-kubelet.log",
                "Jan 05 03:11:50 n1 systemd[1]: kubelet.service holdoff time over, scheduling restart.",
                "Jan 05 03:12:00 n1 systemd[1]: kubelet.service holdoff time over, scheduling restart.",
                "Jan 05 03:12:10 n1 systemd[1]: kubelet.service holdoff time over, scheduling restart."));
        negative("kubelet-crashloop", "restarts before kubeadm init, running for weeks since",
                Bundles.with("journal-kubelet.log", S + "kubelet.service: Scheduled restart job, restart counter is at 14.")
                        .and("systemctl-status.txt", "● kubelet.service - kubelet: The Kubernetes Node Agent",
                                "     Active: active (running) since Mon 2025-02-03 11:20:07 UTC; 3 weeks 2 days ago"));
        negative("kubelet-crashloop", "a first restart is not a loop",
                Bundles.with("journal-kubelet.log", S + "kubelet.service: Scheduled restart job, restart counter is at 1."));

        positive("kubelet-stopped", "inactive (dead)", Bundles.with("systemctl-status.txt",
                "○ kubelet.service - kubelet: The Kubernetes Node Agent",
                "     Loaded: loaded (/lib/systemd/system/kubelet.service; disabled; vendor preset: enabled)",
                "     Active: inactive (dead)"));
        positive("kubelet-stopped", "the journal ends with kubelet stopped", Bundles.with("journal-kubelet.log",
                S + "Started kubelet: The Kubernetes Node Agent.",
                K + "I0314 06:02:31.1 1022 server.go:1194] \"Started kubelet\"",
                S + "Stopping kubelet: The Kubernetes Node Agent...",
                S + "kubelet.service: Deactivated successfully.",
                S + "Stopped kubelet: The Kubernetes Node Agent."));
        negative("kubelet-stopped", "stopped, then started again", Bundles.with("journal-kubelet.log",
                S + "Stopped kubelet: The Kubernetes Node Agent.", S + "Started kubelet: The Kubernetes Node Agent."));
        negative("kubelet-stopped", "auto-restart is a crash loop, not a stop", Bundles.with("systemctl-status.txt",
                "● kubelet.service - kubelet: The Kubernetes Node Agent",
                "     Active: activating (auto-restart) (Result: exit-code) since Fri 2025-03-14 06:14:02 UTC; 4s ago"));

        positive("swap-enabled", "an active swap partition", Bundles.with("swaps.txt",
                "Filename                                Type            Size    Used    Priority",
                "/dev/dm-1                               partition       8388604 0       -2"));
        positive("swap-enabled", "kubeadm preflight refuses", Bundles.with("kubeadm-preflight.txt",
                "[ERROR Swap]: running with swap on is not supported. Please disable swap"));
        negative("swap-enabled", "only the header of /proc/swaps, and free's zero swap", Bundles.with("swaps.txt",
                "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority", "Swap:             0B          0B          0B"));

        positive("cgroup-driver-mismatch", "kubelet systemd, containerd SystemdCgroup = false",
                Bundles.with("containerd-config.toml", "version = 2",
                                "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]", "  SystemdCgroup = false")
                        .and("journal-kubelet.log", K + "I0314 06:02:31.215520    1022 container_manager_linux.go:300] \"Creating Container Manager object based on Node Config\" nodeConfig={\"CgroupRoot\":\"/\",\"CgroupDriver\":\"systemd\"}"));
        positive("cgroup-driver-mismatch", "dockershim wording", Bundles.with("journal-kubelet.log",
                K + "F0314 06:02:31.1 1022 server.go:274] failed to run Kubelet: misconfiguration: kubelet cgroup driver: \"systemd\" is different from docker cgroup driver: \"cgroupfs\""));
        positive("cgroup-driver-mismatch", "runc refuses cgroupfs paths while the kubelet's last start says cgroupfs",
                Bundles.with("containerd-config.toml", "version = 2",
                                "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]", "  SystemdCgroup = true")
                        .and("journal-containerd.log", C + "time=\"2026-03-14T06:02:20Z\" level=error msg=\"RunPodSandbox failed\""
                                + " error=\"expected cgroupsPath to be of format \\\"slice:prefix:name\\\" for systemd cgroups\"")
                        .and("journal-kubelet.log", K + "I0314 06:02:31.2 1022 container_manager_linux.go:300] nodeConfig={\"CgroupDriver\":\"cgroupfs\"}"));
        negative("cgroup-driver-mismatch", "runc's errors and a cgroupfs start are history: the kubelet's last start says systemd",
                Bundles.with("containerd-config.toml", "version = 2",
                                "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]", "  SystemdCgroup = true")
                        .and("journal-containerd.log", C + "time=\"2026-03-14T06:02:20Z\" level=error msg=\"RunPodSandbox failed\""
                                + " error=\"expected cgroupsPath to be of format \\\"slice:prefix:name\\\" for systemd cgroups\"")
                        .and("journal-kubelet.log", K + "I0314 06:02:31.2 1022 container_manager_linux.go:300] nodeConfig={\"CgroupDriver\":\"cgroupfs\"}",
                                "Mar 14 06:09:02 n1 kubelet[2044]: I0314 06:09:02.1 2044 container_manager_linux.go:300] nodeConfig={\"CgroupDriver\":\"systemd\"}"));
        negative("cgroup-driver-mismatch", "lower-case systemdCgroup = true agrees with kubelet's systemd",
                Bundles.with("containerd-config.toml", "version = 2",
                                "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]", "  systemdCgroup = true")
                        .and("journal-kubelet.log", K + "I0314 06:02:31.215520    1022 container_manager_linux.go:300] nodeConfig={\"CgroupDriver\":\"systemd\"}"));

        positive("module-missing-overlay", "no overlay module, no overlay mount",
                Bundles.with("modules.txt", "br_netfilter 32768 0 - Live 0x0", "bridge 307200 1 br_netfilter, Live 0x0")
                        .and("mounts.txt", "/dev/sda1 / ext4 rw,relatime 0 0"));
        negative("module-missing-overlay", "overlay built into the kernel: overlay mounts exist",
                Bundles.with("modules.txt", "br_netfilter 32768 0 - Live 0x0")
                        .and("mounts.txt", "/dev/sda1 / ext4 rw,relatime 0 0",
                                "overlay /run/containerd/io.containerd.runtime.v2.task/k8s.io/a1/rootfs overlay rw,relatime,lowerdir=/x,upperdir=/y,workdir=/z 0 0"));

        positive("module-missing-br-netfilter", "sysctl key missing", Bundles.with("sysctl.txt",
                "net.ipv4.ip_forward = 1", "sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory"));
        negative("module-missing-br-netfilter", "module absent from the list but the sysctl reads 1 (built in)",
                Bundles.with("sysctl.txt", "net.bridge.bridge-nf-call-iptables = 1")
                        .and("modules.txt", "overlay 151552 0 - Live 0x0"));

        positive("ip-forward-disabled", "ip_forward = 0", Bundles.with("sysctl.txt", "net.ipv4.ip_forward = 0"));
        negative("ip-forward-disabled", "ip_forward_use_pmtu = 0 is another key", Bundles.with("sysctl.txt",
                "net.ipv4.ip_forward = 1", "net.ipv4.ip_forward_use_pmtu = 0"));

        positive("cni-not-initialized", "kubelet: NetworkPluginNotReady", Bundles.with("journal-kubelet.log",
                K + "E0502 09:10:41.552310    1187 kubelet.go:2900] \"Container runtime network not ready\" networkReady=\"NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized\""));
        negative("cni-not-initialized", "containerd's start-up line while the node is Ready",
                Bundles.with("journal-containerd.log", C + "time=\"x\" level=error msg=\"failed to load cni during init, please check CRI plugin status before setting up network for pods\" error=\"cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config\"")
                        .and("describe-node.txt", "Name: n1", DESCRIBE_HEAD,
                                condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")));

        String initLine = C + "time=\"x\" level=error msg=\"failed to load cni during init, please check CRI plugin status before setting up network for pods\" error=\"cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config\"";
        String notReady = K + "E0314 06:02:35.1 1022 kubelet.go:2900] \"Container runtime network not ready\" networkReady=\"NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized\"";
        String nodeReady = K + "I0314 06:03:10.1 1022 kubelet_node_status.go:679] \"Recording event message for node\" node=\"n1\" event=\"NodeReady\"";
        negative("cni-not-initialized", "the CNI came up: kubelet recorded NodeReady after the errors",
                Bundles.with("journal-containerd.log", initLine).and("journal-kubelet.log", notReady, notReady, nodeReady));
        negative("cni-config-missing", "the CNI came up: kubelet recorded NodeReady after the errors",
                Bundles.with("journal-containerd.log", initLine).and("journal-kubelet.log", notReady, nodeReady));
        positive("cni-not-initialized", "NodeReady once, then the network broke",
                Bundles.with("journal-kubelet.log", nodeReady, notReady, notReady));
        positive("cni-bin-path-mismatch", "pod event: plugin not found in /usr/lib/cni", Bundles.with("describe-pod.txt",
                "  Warning  FailedCreatePodSandBox  3m (x16 over 4m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox \"4f6c\": plugin type=\"loopback\" failed (add): failed to find plugin \"loopback\" in path [/usr/lib/cni]"));
        negative("cni-bin-path-mismatch", "plugins are where containerd looks",
                Bundles.with("containerd-config.toml", "version = 2", "[plugins.\"io.containerd.grpc.v1.cri\".cni]", "  bin_dir = \"/opt/cni/bin\"")
                        .and("cni.txt", "ls: cannot access '/usr/lib/cni': No such file or directory", "/opt/cni/bin:",
                                "-rwxr-xr-x 1 root root 3639400 Jan 16 10:02 loopback",
                                "-rwxr-xr-x 1 root root 4531309 Jan 16 10:02 bridge"));

        positive("cni-config-missing", "empty /etc/cni/net.d", Bundles.with("cni.txt", "$ ls -la /etc/cni/net.d", "total 8",
                "drwxr-xr-x 2 root root 4096 May  2 09:01 .", "drwxr-xr-x 3 root root 4096 May  2 08:55 .."));
        negative("cni-config-missing", "a conflist in /etc/cni/net.d", Bundles.with("cni.txt", "$ ls -la /etc/cni/net.d", "total 12",
                "drwxr-xr-x 2 root root 4096 May  2 09:01 .", "-rw-r--r-- 1 root root  292 May  2 09:01 10-flannel.conflist"));

        positive("cert-expired", "kubeadm shows <invalid>", Bundles.with("kubeadm-certs.txt",
                "CERTIFICATE                EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED",
                "apiserver                  Dec 30, 2023 08:44 UTC   <invalid>       ca                      no"));
        negative("cert-expired", "valid certificates, and a not-yet-valid one (a clock problem)",
                Bundles.with("kubeadm-certs.txt",
                                "CERTIFICATE                EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED",
                                "apiserver                  Dec 30, 2026 08:44 UTC   364d            ca                      no")
                        .and("journal-kubelet.log", K + "E0101 00:00:01.1 1022 reflector.go:1] x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:01Z is before 2024-05-01T00:00:00Z"));

        String refused = K + "E0411 09:12:05.377129     801 kubelet_node_status.go:96] \"Unable to register node with API server\" err=\"Post \\\"https://10.0.0.10:6443/api/v1/nodes\\\": dial tcp 10.0.0.10:6443: connect: connection refused\"";
        positive("apiserver-unreachable", "refused again and again", Bundles.with("journal-kubelet.log", refused, refused, refused, refused));
        String deadline = K + "E0411 09:12:05.3 801 controller.go:145] \"Failed to ensure lease exists, will retry\" err=\"Get \\\"https://10.0.0.100:6443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/n1?timeout=10s\\\": context deadline exceeded\" interval=\"7s\"";
        positive("apiserver-unreachable", "the VIP times out again and again", Bundles.with("journal-kubelet.log", deadline, deadline, deadline));
        negative("apiserver-unreachable", "refusals until the control plane came up, then registered", Bundles.with("journal-kubelet.log",
                refused, refused, refused, refused, K + "I0411 09:12:11.402190     801 kubelet_node_status.go:76] \"Successfully registered node\" node=\"n1\""));
        negative("apiserver-unreachable", "two refusals while the API server starts", Bundles.with("journal-kubelet.log", refused, refused));
        negative("apiserver-unreachable", "refusals in the past of a Ready node", Bundles.with("journal-kubelet.log", refused, refused, refused)
                .and("describe-node.txt", "Name: n1", DESCRIBE_HEAD, condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")));

        positive("clock-skew", "certificate not yet valid", Bundles.with("journal-kubelet.log",
                K + "E0101 00:00:01.1 1022 reflector.go:1] x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:01Z is before 2024-05-01T00:00:00Z"));
        positive("clock-skew", "NTP unsynchronised", Bundles.with("time.txt", "System clock synchronized: no", "              NTP service: inactive"));
        positive("clock-skew", "chrony steps a clock that was an hour off", Bundles.with("journal-kubelet.log",
                "Mar 14 06:02:31 n1 chronyd[612]: System clock wrong by -3600.402113 seconds, adjustment started"));
        negative("clock-skew", "chrony's routine sub-second correction", Bundles.with("journal-kubelet.log",
                "Mar 14 06:02:31 n1 chronyd[612]: System clock wrong by 0.402113 seconds, adjustment started"));
        negative("clock-skew", "synchronised clock", Bundles.with("time.txt", "System clock synchronized: yes", "              NTP service: active"));

        positive("pleg-unhealthy", "PLEG not healthy", Bundles.with("journal-kubelet.log",
                K + "I0314 06:02:31.1 1022 kubelet.go:2344] \"Skipping pod synchronization\" err=\"PLEG is not healthy: pleg was last seen active 3m12.5s ago; threshold is 3m0s\""));
        negative("pleg-unhealthy", "every kubelet's first seconds", Bundles.with("journal-kubelet.log",
                K + "E0314 06:02:31.1 1022 kubelet.go:2344] \"Skipping pod synchronization\" err=\"[container runtime status check may not have completed yet, PLEG is not healthy: pleg has yet to be successful]\""));
        negative("pleg-unhealthy", "routine PLEG events", Bundles.with("journal-kubelet.log",
                K + "I0314 06:02:31.1 1022 kubelet.go:2345] \"SyncLoop (PLEG): event for pod\" pod=\"default/web-1\" event={\"Type\":\"ContainerStarted\"}"));

        positive("node-status-unknown", "Ready Unknown", Bundles.with("describe-node.txt", "Name: n1", DESCRIBE_HEAD,
                condition("Ready", "Unknown", "NodeStatusUnknown", "Kubelet stopped posting node status.")));
        negative("node-status-unknown", "Ready True, a pressure condition Unknown is not Ready", Bundles.with("describe-node.txt", "Name: n1",
                DESCRIBE_HEAD, condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")));

        positive("node-not-ready", "node.yaml Ready False", Bundles.with("node.yaml", nodeYaml(false, "Ready", "False", "KubeletNotReady")));
        negative("node-not-ready", "node.yaml Ready Unknown is NodeStatusUnknown", Bundles.with("node.yaml", nodeYaml(false, "Ready", "Unknown", "NodeStatusUnknown")));

        positive("node-cordoned", "spec.unschedulable", Bundles.with("node.yaml", nodeYaml(true, "Ready", "True", "KubeletReady")));
        negative("node-cordoned", "Unschedulable: false", Bundles.with("describe-node.txt", "Name:               n1",
                "Unschedulable:      false", DESCRIBE_HEAD, condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")));

        positive("memory-pressure", "MemoryPressure True", Bundles.with("describe-node.txt", "Name: n1", DESCRIBE_HEAD,
                condition("MemoryPressure", "True", "KubeletHasInsufficientMemory", "kubelet has insufficient memory available")));
        negative("memory-pressure", "MemoryPressure False and a sufficient-memory event", Bundles.with("describe-node.txt", "Name: n1",
                DESCRIBE_HEAD, condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                "  Normal  NodeHasSufficientMemory  22m   kubelet  Node n1 status is now: NodeHasSufficientMemory"));

        String reclaim = K + "W0314 06:02:31.1 1022 eviction_manager.go:366] \"Eviction manager: attempting to reclaim\" resourceName=\"ephemeral-storage\"";
        positive("disk-pressure", "eviction manager reclaims disk", Bundles.with("journal-kubelet.log",
                K + "I0314 06:02:31.1 1022 eviction_manager.go:349] \"Eviction manager: attempting to reclaim ephemeral-storage\""));
        negative("disk-pressure", "old reclaim lines while DiskPressure is False", Bundles.with("journal-kubelet.log",
                K + "I0314 06:02:31.1 1022 eviction_manager.go:349] \"Eviction manager: attempting to reclaim ephemeral-storage\"")
                .and("describe-node.txt", "Name: n1", DESCRIBE_HEAD, condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"), reclaim));

        positive("pid-pressure", "PIDPressure True", Bundles.with("node.yaml", nodeYaml(false, "PIDPressure", "True", "KubeletHasInsufficientPID")));
        negative("pid-pressure", "PIDPressure False", Bundles.with("node.yaml", nodeYaml(false, "PIDPressure", "False", "KubeletHasSufficientPID")));
    }

    @TestFactory
    Stream<DynamicTest> eachCase() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest((c.expected() ? "raises " : "does not raise ") + c.id() + ": " + c.name(),
                () -> {
                    DiagnosisReport report = c.bundle().diagnose();
                    String shown = ReportText.write(report);
                    if (c.expected()) {
                        assertThat(report.findingIds()).as(shown).contains(c.id());
                        assertThat(report.finding(c.id()).orElseThrow().evidence()).as(shown).isNotEmpty();
                    } else {
                        assertThat(report.findingIds()).as(shown).doesNotContain(c.id());
                    }
                }));
    }

    @Test
    void everyFindingIdHasAPositiveAndALookAlikeNegative() {
        Set<String> positives = new HashSet<>();
        Set<String> negatives = new HashSet<>();
        for (Case c : CASES) {
            (c.expected() ? positives : negatives).add(c.id());
        }
        assertThat(positives).containsExactlyInAnyOrderElementsOf(FindingIds.all());
        assertThat(negatives).containsExactlyInAnyOrderElementsOf(FindingIds.all());
    }
}
