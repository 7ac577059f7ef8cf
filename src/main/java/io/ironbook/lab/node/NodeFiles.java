package io.ironbook.lab.node;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The files a freshly installed Debian 12 kubeadm node carries, as the node simulator starts with them. */
final class NodeFiles {
    static final String HEALTHY_CONTAINERD = containerdConfig("3.9", "/opt/cni/bin", true);
    /**
     * What Debian's containerd 1.6 prints for {@code containerd config default}: runc without systemd cgroups,
     * and Debian's CNI binary folder {@code /usr/lib/cni} (the distribution keeps packages out of /opt).
     */
    static final String DEBIAN_DEFAULT_CONTAINERD = containerdConfig("3.6", "/usr/lib/cni", false);
    static final String FLANNEL_CONFLIST = """
            {
              "name": "cbr0",
              "cniVersion": "0.3.1",
              "plugins": [
                {
                  "type": "flannel",
                  "delegate": {
                    "hairpinMode": true,
                    "isDefaultGateway": true
                  }
                },
                {
                  "type": "portmap",
                  "capabilities": {
                    "portMappings": true
                  }
                }
              ]
            }
            """;
    private static final Map<String, Long> CNI_BINARIES = Map.ofEntries(
            Map.entry("bandwidth", 4_272_898L), Map.entry("bridge", 4_788_191L), Map.entry("dhcp", 11_419_738L),
            Map.entry("firewall", 4_943_846L), Map.entry("flannel", 2_631_704L), Map.entry("host-device", 4_345_300L),
            Map.entry("host-local", 3_679_575L), Map.entry("ipvlan", 4_443_729L), Map.entry("loopback", 3_750_882L),
            Map.entry("macvlan", 4_480_422L), Map.entry("portmap", 4_228_332L), Map.entry("ptp", 4_602_833L),
            Map.entry("tuning", 3_838_043L), Map.entry("vlan", 4_440_528L));

    /** What dpkg lists on a kubeadm node: Debian's containerd and runc, the Kubernetes packages from pkgs.k8s.io. */
    static final Map<String, String> PACKAGES = Map.of("containerd", "1.6.20~ds1-1+b1", "runc", "1.1.5+ds1-1+deb12u1",
            "kubelet", "1.30.4-1.1", "kubeadm", "1.30.4-1.1", "kubectl", "1.30.4-1.1", "kubernetes-cni", "1.4.0-1.1",
            "cri-tools", "1.30.1-1.1", "ca-certificates", "20230311", "curl", "7.88.1-10+deb12u8");

    private NodeFiles() {
    }

    static void install(NodeState node, Instant t) {
        Vfs vfs = node.vfs;
        vfs.writeText("/etc/hostname", node.name() + "\n", t);
        vfs.writeText("/etc/os-release", """
                PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
                NAME="Debian GNU/Linux"
                VERSION_ID="12"
                VERSION="12 (bookworm)"
                VERSION_CODENAME=bookworm
                ID=debian
                HOME_URL="https://www.debian.org/"
                """, t);
        vfs.writeText("/etc/fstab", """
                # /etc/fstab: static file system information.
                # <file system> <mount point>   <type>  <options>       <dump>  <pass>
                UUID=3f1c0a77-51c4-4f0e-9a2b-6c7d2e1f9b10 /               ext4    errors=remount-ro 0       1
                UUID=9d2e44b1-0c55-4a8e-8f43-1b7a2c6e5d21 /var            ext4    defaults        0       2
                UUID=5b7f3a09-2e61-4c1d-b8e4-77c0d9a3f412 /boot/efi       vfat    umask=0077      0       1
                #UUID=c4a1e2f3-8b9d-4e6f-a0b1-2c3d4e5f6a7b none            swap    sw              0       0
                """, t);
        vfs.writeText(RuntimeConfig.CONTAINERD_CONFIG, HEALTHY_CONTAINERD, t);
        vfs.writeText(RuntimeConfig.KUBELET_CONFIG, """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                authentication:
                  x509:
                    clientCAFile: /etc/kubernetes/pki/ca.crt
                cgroupDriver: systemd
                clusterDNS:
                - 10.96.0.10
                clusterDomain: cluster.local
                containerRuntimeEndpoint: unix:///var/run/containerd/containerd.sock
                failSwapOn: true
                rotateCertificates: true
                staticPodPath: /etc/kubernetes/manifests
                """, t);
        vfs.writeText("/etc/kubernetes/kubelet.conf", "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://"
                + node.cluster().endpoint() + "\n  name: kubernetes\n", t);
        vfs.write("/etc/kubernetes/pki/ca.crt", new VfsFile("-----BEGIN CERTIFICATE-----\n", 1107, "-rw-r--r--", t));
        vfs.write("/var/lib/kubelet/pki/kubelet-client-current.pem", new VfsFile("", 1114, "-rw-------", t));
        vfs.mkdirs("/etc/kubernetes/manifests", t);
        if (node.controlPlane()) {
            for (String pod : List.of("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kube-vip")) {
                vfs.writeText("/etc/kubernetes/manifests/" + pod + ".yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + pod
                        + "\n  namespace: kube-system\n", t);
            }
        }
        vfs.writeText("/etc/modules-load.d/k8s.conf", "overlay\nbr_netfilter\n", t);
        vfs.writeText("/etc/sysctl.d/k8s.conf", "net.bridge.bridge-nf-call-iptables  = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\n"
                + "net.ipv4.ip_forward                 = 1\n", t);
        vfs.writeText("/etc/cni/net.d/10-flannel.conflist", FLANNEL_CONFLIST, t);
        CNI_BINARIES.forEach((name, size) -> vfs.write("/opt/cni/bin/" + name, VfsFile.binary(size, t)));
        vfs.write("/opt/cni/bin/LICENSE", new VfsFile("", 11_357, "-rw-r--r--", t));
        vfs.write("/opt/cni/bin/README.md", new VfsFile("", 2_343, "-rw-r--r--", t));
        vfs.mkdirs("/var/lib/containerd", t);
        vfs.mkdirs("/root", t);
        node.packages.putAll(PACKAGES);
        node.modules.addAll(List.of("ext4", "crc16", "mbcache", "jbd2", "e1000e", "nvme"));
        node.mounts.add(new Mount("/dev/sda2", "/", "ext4", 30_787_492, 6_843_212));
        node.mounts.add(new Mount("/dev/sda1", "/boot/efi", "vfat", 523_248, 5_972));
        node.mounts.add(new Mount(NodeState.VAR_DEVICE, "/var", "ext4", 205_314_024, 38_412_556));
    }

    /** containerd's config.toml with the CRI plugin's pause image, CNI binary folder and cgroup driver. */
    private static String containerdConfig(String pause, String cniBinDir, boolean systemdCgroup) {
        return """
                version = 2

                [plugins]
                  [plugins."io.containerd.grpc.v1.cri"]
                    sandbox_image = "registry.k8s.io/pause:%s"
                    [plugins."io.containerd.grpc.v1.cri".cni]
                      bin_dir = "%s"
                      conf_dir = "/etc/cni/net.d"
                    [plugins."io.containerd.grpc.v1.cri".containerd]
                      default_runtime_name = "runc"
                      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes]
                        [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
                          runtime_type = "io.containerd.runc.v2"
                          [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
                            SystemdCgroup = %s
                """.formatted(pause, cniBinDir, systemdCgroup);
    }
}
