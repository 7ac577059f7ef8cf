package io.ironbook.collect;

import java.util.List;
import java.util.Objects;

/**
 * One read-only command whose output becomes a file of the evidence bundle.
 *
 * @param file    the bundle file it writes
 * @param command the shell command; it never changes the node
 * @param root    whether it needs root to see everything (it falls back to the login user when sudo wants a password)
 * @param okExits exit statuses whose output is still evidence ({@code systemctl status} exits 3 for a dead unit)
 */
public record Probe(String file, String command, boolean root, List<Integer> okExits) {

    public Probe {
        Objects.requireNonNull(file);
        Objects.requireNonNull(command);
        okExits = List.copyOf(okExits);
    }

    /** The probes of the evidence-bundle contract, in the order the files are listed there. */
    public static List<Probe> standard() {
        return List.of(
                new Probe("journal-kubelet.log", "journalctl -u kubelet --no-pager -n 2000", true, List.of(0)),
                new Probe("journal-containerd.log", "journalctl -u containerd --no-pager -n 2000", true, List.of(0)),
                new Probe("kernel.log", "dmesg -T 2>/dev/null || journalctl -k --no-pager -n 2000", true, List.of(0)),
                new Probe("systemctl-status.txt", "systemctl status kubelet containerd --no-pager --lines 30", false,
                        List.of(0, 3, 4)),
                new Probe("mounts.txt", "cat /proc/mounts", false, List.of(0)),
                new Probe("swaps.txt", "cat /proc/swaps", false, List.of(0)),
                new Probe("modules.txt", "cat /proc/modules", false, List.of(0)),
                new Probe("sysctl.txt", "sysctl net.ipv4.ip_forward net.bridge.bridge-nf-call-iptables "
                        + "net.bridge.bridge-nf-call-ip6tables", false, List.of(0, 255)),
                new Probe("containerd-config.toml", "cat /etc/containerd/config.toml", true, List.of(0)),
                new Probe("cni.txt", "ls -la /opt/cni/bin /usr/lib/cni /etc/cni/net.d", false, List.of(0, 1, 2)),
                new Probe("kubeadm-certs.txt", "kubeadm certs check-expiration", true, List.of(0)),
                new Probe("df.txt", "df -hT; df -i", false, List.of(0, 1)),
                new Probe("time.txt", "timedatectl", false, List.of(0)));
    }
}
