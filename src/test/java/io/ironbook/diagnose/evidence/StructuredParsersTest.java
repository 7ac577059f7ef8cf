package io.ironbook.diagnose.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The structured parser of each contract file, on the shapes real pastes take. */
class StructuredParsersTest {

    private static Facts parse(String file, String... lines) {
        return EvidenceParsers.parse(EvidenceBundle.ofTexts(Map.of(file, String.join("\n", lines) + "\n")));
    }

    private static Facts parse(BundleMeta meta, String file, String... lines) {
        return EvidenceParsers.parse(EvidenceBundle.ofTexts(Map.of(file, String.join("\n", lines) + "\n"), meta));
    }

    @Test
    void mountsInThreeFormats() {
        Facts f = parse("mounts.txt", "/dev/sda2 /var ext4 ro,relatime 0 0", "/var/lib/kubelet /dev/sdb1 xfs rw,relatime",
                "/dev/sdc1 on /data\\040disk type ext4 (rw,errors=remount-ro)", "TARGET SOURCE FSTYPE OPTIONS", "garbage");
        assertThat(f.of("mount")).extracting(x -> x.get("target") + " " + x.get("device") + " " + x.get("ro"))
                .containsExactly("/var /dev/sda2 true", "/var/lib/kubelet /dev/sdb1 false", "/data disk /dev/sdc1 false");
        assertThat(f.of("mount").get(0).evidence().line()).isEqualTo(1);
        assertThat(f.isCovered("mount")).isTrue();
    }

    @Test
    void swapsFromProcSwapsSwaponAndFree() {
        assertThat(parse("swaps.txt", "Filename Type Size Used Priority", "/dev/vdb partition 4194300 0 -1").of("swap"))
                .extracting(x -> x.get("name")).containsExactly("/dev/vdb");
        assertThat(parse("swaps.txt", "NAME      TYPE SIZE USED PRIO", "/swap.img file   2G   0B   -2").of("swap")).hasSize(1);
        assertThat(parse("swaps.txt", "Swap:          2.0Gi          0B       2.0Gi").of("swap")).hasSize(1);
        Facts none = parse("swaps.txt", "Filename\tType\tSize\tUsed\tPriority");
        assertThat(none.of("swap")).isEmpty();
        assertThat(none.isCovered("swap")).isTrue();
    }

    @Test
    void modulesFromProcModulesAndLsmod() {
        assertThat(parse("modules.txt", "Module Size Used by", "overlay 151552 0", "br_netfilter 32768 0 - Live 0x0").of("module"))
                .extracting(x -> x.get("name")).containsExactly("overlay", "br_netfilter");
    }

    @Test
    void sysctlValuesAndMissingKeys() {
        Facts f = parse("sysctl.txt", "net.ipv4.ip_forward = 0", "net.bridge.bridge-nf-call-iptables=1",
                "sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-ip6tables: No such file or directory");
        assertThat(f.of("sysctl")).extracting(x -> x.get("key") + "=" + x.get("value") + "/" + x.get("status"))
                .containsExactly("net.ipv4.ip_forward=0/set", "net.bridge.bridge-nf-call-iptables=1/set",
                        "net.bridge.bridge-nf-call-ip6tables=/missing");
    }

    @Test
    void containerdConfigReadsTheKeyCaseInsensitivelyAndOnlyFromTablesItsVersionReads() {
        Fact v2 = parse("containerd-config.toml", "version = 2",
                "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]", "  systemdCgroup = true").of("containerdConfig").get(0);
        assertThat(v2.get("cgroupDriver")).isEqualTo("systemd");
        assertThat(v2.get("systemdCgroupKey")).isEqualTo("systemdCgroup");
        Fact v1 = parse("containerd-config.toml",
                "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]", "  SystemdCgroup = true").of("containerdConfig").get(0);
        assertThat(v1.get("systemdCgroup")).isEqualTo("unset");
        assertThat(v1.get("cgroupDriver")).isEqualTo("cgroupfs");
        assertThat(v1.evidence().text()).contains("ignored");
        Fact v3 = parse("containerd-config.toml", "version = 3", "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]",
                "  SystemdCgroup = true").of("containerdConfig").get(0);
        assertThat(v3.get("cgroupDriver")).isEqualTo("systemd");
    }

    @Test
    void containerdConfigCniFoldersAndDisabledCri() {
        Fact f = parse("containerd-config.toml", "disabled_plugins = [\"cri\"] # docker's package", "version = 2",
                "[plugins.\"io.containerd.grpc.v1.cri\".cni]", "  bin_dir = \"/usr/lib/cni\"").of("containerdConfig").get(0);
        assertThat(f.get("criDisabled")).isEqualTo("true");
        assertThat(f.get("binDir")).isEqualTo("/usr/lib/cni");
        assertThat(f.get("binDirSet")).isEqualTo("true");
        Fact d = parse("containerd-config.toml", "version = 2", "disabled_plugins = []").of("containerdConfig").get(0);
        assertThat(d.get("criDisabled")).isEqualTo("false");
        assertThat(d.get("binDir")).isEqualTo("/opt/cni/bin");
        assertThat(d.get("confDir")).isEqualTo("/etc/cni/net.d");
    }

    @Test
    void cniListingPerFolderFromPromptsHeadingsAndErrors() {
        Facts f = parse("cni.txt", "james@node01:~$ ls -al /opt/cni/bin", "total 84124",
                "drwxr-xr-x 2 1001  127     4096 Aug 27 20:02 .", "-rwxr-xr-x 1 root root  4272898 Jun 17 23:51 bandwidth",
                "-rw-r--r-- 1 root root    11357 Jun 17 23:51 LICENSE", "lrwxrwxrwx 1 root root 12 Jun 17 23:51 flannel -> /usr/bin/flanneld",
                "ls: cannot access '/usr/lib/cni': No such file or directory", "/etc/cni/net.d:", "total 0");
        assertThat(f.of("cniDir")).extracting(x -> x.get("dir") + " " + x.get("exists") + " " + x.get("binaries") + " " + x.get("configs"))
                .containsExactly("/opt/cni/bin true 2 0", "/usr/lib/cni false 0 0", "/etc/cni/net.d true 0 0");
    }

    @Test
    void kubeadmCertExpiry() {
        Facts f = parse("kubeadm-certs.txt", "CERTIFICATE   EXPIRES   RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED",
                "admin.conf                 Dec 30, 2023 08:44 UTC   <invalid>       ca                      no",
                "ca                      Dec 28, 2033 08:44 UTC   9y              no");
        assertThat(f.of("cert")).extracting(x -> x.get("name") + " " + x.get("expired")).containsExactly("admin.conf true", "ca false");
    }

    @Test
    void dfSpaceAndInodesIncludingAWrappedDeviceName() {
        Facts f = parse("df.txt", "Filesystem Type Size Used Avail Use% Mounted on", "/dev/mapper/vg--ephemeral-docker",
                "             ext4  100G  100G     0 100% /mnt/ephemeral/docker", "Filesystem Inodes IUsed IFree IUse% Mounted on",
                "/dev/sda1 3276800 3276800 0 100% /", "tmpfs 0 0 0 - /run/user/0");
        assertThat(f.of("diskSpace")).extracting(x -> x.get("filesystem") + " " + x.get("usePercent") + " " + x.get("target"))
                .containsExactly("/dev/mapper/vg--ephemeral-docker 100 /mnt/ephemeral/docker");
        assertThat(f.of("diskInodes")).extracting(x -> x.get("target") + " " + x.get("usePercent")).containsExactly("/ 100");
    }

    @Test
    void timedatectlAndSkewAgainstTheCollector() {
        BundleMeta meta = new BundleMeta("n", "2025-11-26T10:00:00Z", "", List.of(), List.of());
        Fact f = parse(meta, "time.txt", "Universal time: Wed 2025-11-26 10:07:30 UTC", "System clock synchronized: no",
                "NTP service: inactive").of("clock").get(0);
        assertThat(f.get("synchronized")).isEqualTo("no");
        assertThat(f.get("ntp")).isEqualTo("inactive");
        assertThat(f.get("skewSeconds")).isEqualTo("450");
        assertThat(parse("time.txt", "      NTP synchronized: yes").of("clock").get(0).get("synchronized")).isEqualTo("yes");
    }

    @Test
    void nodeObjectAsYamlJsonOrList() {
        Facts yaml = parse("node.yaml", "```yaml", "apiVersion: v1", "kind: Node", "metadata:", "  name: w1", "spec:",
                "  unschedulable: true", "  taints:", "  - key: node.kubernetes.io/unschedulable", "    effect: NoSchedule",
                "status:", "  conditions:", "  - type: Ready", "    status: \"False\"", "    reason: KubeletNotReady",
                "    message: PLEG is not healthy", "```");
        assertThat(yaml.node()).isEqualTo("w1");
        assertThat(yaml.of("node").get(0).get("unschedulable")).isEqualTo("true");
        assertThat(yaml.of("taint")).extracting(x -> x.get("key")).containsExactly("node.kubernetes.io/unschedulable");
        Fact ready = yaml.of("condition").get(0);
        assertThat(ready.get("status")).isEqualTo("False");
        assertThat(ready.evidence().line()).isEqualTo(13);
        Facts json = parse("node.yaml", "{\"kind\":\"List\",\"items\":[{\"kind\":\"Node\",\"metadata\":{\"name\":\"w2\"},"
                + "\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"Unknown\",\"reason\":\"NodeStatusUnknown\"}]}}]}");
        assertThat(json.node()).isEqualTo("w2");
        assertThat(json.of("condition").get(0).get("status")).isEqualTo("Unknown");
    }

    @Test
    void aNodeFileThatIsNotYamlIsANoteNotAFailure() {
        Facts f = parse("node.yaml", "Error from server (NotFound): nodes \"w9\" not found", "  bad: [unclosed");
        assertThat(f.notes()).singleElement().asString().startsWith("node.yaml:");
        assertThat(f.isCovered("condition")).isFalse();
    }

    @Test
    void describeNodeConditionsWithoutTheirHeadingTaintsAndUnschedulable() {
        Facts f = parse("describe-node.txt", "Name:               etkhub", "Taints:             node.kubernetes.io/not-ready:NoSchedule",
                "                    node.kubernetes.io/unreachable:NoExecute", "Unschedulable:      true",
                "  OutOfDisk        False   Mon, 03 Jun 2019 13:54:18 +0000   Tue, 20 Nov 2018 09:40:53 +0000   KubeletHasSufficientDisk     kubelet has sufficient disk space available",
                "  Ready            False   Mon, 03 Jun 2019 13:54:18 +0000   Sun, 02 Jun 2019 21:39:37 +0000   KubeletNotReady              PLEG is not healthy: pleg was last seen active 16h17m50.791825508s ago; threshold is 3m0s");
        assertThat(f.node()).isEqualTo("etkhub");
        assertThat(f.of("taint")).extracting(x -> x.get("key") + ":" + x.get("effect"))
                .containsExactly("node.kubernetes.io/not-ready:NoSchedule", "node.kubernetes.io/unreachable:NoExecute");
        assertThat(f.of("node")).extracting(x -> x.get("unschedulable")).contains("true");
        assertThat(f.of("condition")).extracting(x -> x.get("type") + "/" + x.get("status") + "/" + x.get("reason"))
                .containsExactly("OutOfDisk/False/KubeletHasSufficientDisk", "Ready/False/KubeletNotReady");
        assertThat(f.of("condition").get(1).get("message")).startsWith("PLEG is not healthy");
    }

    @Test
    void describeNodeCutBeforeTheTableLeavesConditionsUnknown() {
        Facts f = parse("describe-node.txt", "Name:               node01", "Roles:              control-plane");
        assertThat(f.isCovered("condition")).isFalse();
        assertThat(f.isCovered("taint")).isFalse();
    }

    @Test
    void getNodesKeepsOnlyTheBundlesNode() {
        BundleMeta meta = new BundleMeta("worker-03", "", "", List.of(), List.of());
        Facts f = parse(meta, "get-nodes.txt", "NAME        STATUS     ROLES           AGE   VERSION", "cp-01       Ready      control-plane   12d   v1.30.2",
                "worker-03   NotReady,SchedulingDisabled   <none>          9m    v1.30.2");
        assertThat(f.of("nodeRow")).extracting(x -> x.get("name") + " " + x.get("status"))
                .containsExactly("worker-03 NotReady,SchedulingDisabled");
        Facts unknownNode = parse("get-nodes.txt", "NAME STATUS ROLES AGE VERSION", "a Ready <none> 1d v1", "b NotReady <none> 1d v1");
        assertThat(unknownNode.of("nodeRow")).isEmpty();
        assertThat(unknownNode.notes()).isNotEmpty();
    }

    @Test
    void systemctlStatusUnitsWithAndWithoutBullets() {
        Facts f = parse("systemctl-status.txt", " kubelet.service - kubelet: The Kubernetes Node Agent",
                "   Loaded: loaded (/usr/lib/systemd/system/kubelet.service; enabled; vendor preset: disabled)",
                "   Active: inactive (dead) (Result: exit-code) since Tue 2020-07-07 14:13:10 EDT; 11s ago",
                " Main PID: 58112 (code=exited, status=255)", "", "× containerd.service - containerd container runtime",
                "     Active: failed (Result: exit-code) since Fri 2025-03-14 06:02:20 UTC; 11min ago",
                "Unit docker.service could not be found.");
        assertThat(f.of("unit")).extracting(x -> x.get("name") + " " + x.get("active") + "/" + x.get("sub") + "/" + x.get("result")
                        + "/" + x.get("enabled") + "/" + x.get("exitStatus"))
                .containsExactly("kubelet inactive/dead/exit-code/enabled/255", "docker inactive/dead///",
                        "containerd failed//exit-code//");
        assertThat(f.of("unit").get(0).get("state")).isEqualTo("inactive (dead) (Result: exit-code)");
    }

    @Test
    void aTicketPasteOfSystemctlStatusAndDescribeNodeReadsAsFactsButProseDoesNot() {
        Facts f = parse("ticket.txt", "Hi, kubelet is down again. Name: Bob from the night shift.", "```",
                "$ systemctl status kubelet", "● kubelet.service - kubelet: The Kubernetes Node Agent",
                "     Active: activating (auto-restart) (Result: exit-code) since Fri 2025-03-14 06:14:02 UTC; 4s ago", "```",
                "  Ready            Unknown   Fri, 14 Mar 2025 05:58:40 +0000   Fri, 14 Mar 2025 06:03:21 +0000   NodeStatusUnknown   Kubelet stopped posting node status.");
        assertThat(f.of("unit")).extracting(x -> x.get("name") + " " + x.get("sub")).containsExactly("kubelet auto-restart");
        assertThat(f.of("condition")).extracting(x -> x.get("type") + " " + x.get("status")).containsExactly("Ready Unknown");
        assertThat(f.isCovered("mount")).isFalse();
        Facts named = EvidenceParsers.parse(EvidenceBundle.ofTexts(Map.of("ticket.txt", "Name: Bob\n", "get-nodes.txt",
                "NAME STATUS ROLES AGE VERSION\nw-9 NotReady <none> 1d v1.30\n")));
        assertThat(named.node()).isEqualTo("w-9");
    }

    @Test
    void aStructuredFileThatReadsAsNothingIsNotedAsUnknown() {
        Facts f = parse("mounts.txt", "cat: /proc/mounts: Permission denied");
        assertThat(f.isCovered("mount")).isFalse();
        assertThat(f.notes()).singleElement().asString().startsWith("mounts.txt: nothing in it reads as cat /proc/mounts output");
    }
}
