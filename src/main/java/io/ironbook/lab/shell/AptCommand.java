package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code apt-get update} and {@code apt-get install [-y] PACKAGE...} as on a Debian 12 kubeadm node: the
 * archive holds Debian's bookworm packages and pkgs.k8s.io's Kubernetes packages (not Docker's
 * {@code containerd.io}, whose repository the lab nodes do not have). Installing what is installed says so
 * and changes nothing; both need a writable {@code /var} (dpkg's and apt's locks live there).
 */
final class AptCommand implements ShellCommand {
    /** What the configured repositories offer: package to version. */
    private static final Map<String, String> ARCHIVE = Map.ofEntries(
            Map.entry("containerd", "1.6.20~ds1-1+b1"), Map.entry("runc", "1.1.5+ds1-1+deb12u1"),
            Map.entry("containernetworking-plugins", "1.1.1+ds1-3+b9"), Map.entry("kubelet", "1.30.4-1.1"),
            Map.entry("kubeadm", "1.30.4-1.1"), Map.entry("kubectl", "1.30.4-1.1"), Map.entry("kubernetes-cni", "1.4.0-1.1"),
            Map.entry("cri-tools", "1.30.1-1.1"), Map.entry("ca-certificates", "20230311"), Map.entry("curl", "7.88.1-10+deb12u8"),
            Map.entry("apt-transport-https", "2.6.1"), Map.entry("gpg", "2.2.40-1.1"), Map.entry("socat", "1.7.4.4-2"),
            Map.entry("conntrack", "1:1.4.7-1+b2"), Map.entry("ebtables", "2.0.11-5"), Map.entry("ethtool", "1:6.1-1"));

    @Override
    public int run(Invocation inv) {
        List<String> words = new ArrayList<>();
        boolean yes = false;
        for (String arg : inv.args()) {
            switch (arg) {
                case "-y", "--yes", "--assume-yes" -> yes = true;
                case "-q", "-qq", "--quiet", "--no-install-recommends" -> { }
                default -> {
                    if (arg.startsWith("-")) {
                        return inv.fail(100, "E: Command line option '" + arg + "' is not understood in combination with the other options.");
                    }
                    words.add(arg);
                }
            }
        }
        if (words.isEmpty()) {
            inv.println("apt 2.6.1 (amd64)");
            inv.println("Usage: apt-get [options] command");
            return 1;
        }
        return switch (words.get(0)) {
            case "update" -> update(inv);
            case "install" -> install(inv, words.subList(1, words.size()), yes);
            default -> {
                inv.error("E: Invalid operation " + words.get(0));
                yield 100;
            }
        };
    }

    private static int update(Invocation inv) {
        if (!inv.node().writable("/var/lib/apt/lists")) {
            inv.error("E: Could not open lock file /var/lib/apt/lists/lock - open (30: Read-only file system)");
            inv.error("E: Unable to lock directory /var/lib/apt/lists/");
            return 100;
        }
        inv.println("Hit:1 http://deb.debian.org/debian bookworm InRelease");
        inv.println("Hit:2 http://deb.debian.org/debian bookworm-updates InRelease");
        inv.println("Hit:3 http://deb.debian.org/debian-security bookworm-security InRelease");
        inv.println("Hit:4 https://prod-cdn.packages.k8s.io/repositories/isv:/kubernetes:/core:/stable:/v1.30/deb  InRelease");
        inv.println("Reading package lists...");
        return 0;
    }

    private static int install(Invocation inv, List<String> names, boolean yes) {
        NodeState node = inv.node();
        if (!node.writable("/var/lib/dpkg")) {
            inv.error("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (30: Read-only file system)");
            inv.error("E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?");
            return 100;
        }
        inv.println("Reading package lists...");
        inv.println("Building dependency tree...");
        inv.println("Reading state information...");
        for (String name : names) {
            if (!ARCHIVE.containsKey(name)) {
                inv.error("E: Unable to locate package " + name);
                return 100;
            }
        }
        List<String> fresh = new ArrayList<>();
        for (String name : names) {
            String version = ARCHIVE.get(name);
            if (version.equals(node.packages().get(name))) {
                inv.println(name + " is already the newest version (" + version + ").");
            } else if (!fresh.contains(name)) {
                fresh.add(name);
            }
        }
        if (!fresh.isEmpty()) {
            inv.println("The following NEW packages will be installed:");
            inv.println("  " + String.join(" ", fresh));
        }
        inv.println("0 upgraded, " + fresh.size() + " newly installed, 0 to remove and 0 not upgraded.");
        if (fresh.isEmpty()) {
            return 0;
        }
        if (!yes) {
            inv.println("Do you want to continue? [Y/n] Abort.");
            return 1;
        }
        for (String name : fresh) {
            inv.println("Setting up " + name + " (" + ARCHIVE.get(name) + ") ...");
            node.packages().put(name, ARCHIVE.get(name));
        }
        return 0;
    }
}
