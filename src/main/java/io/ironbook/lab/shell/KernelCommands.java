package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Kernel knobs: {@code swapoff}, {@code swapon}, {@code free}, {@code modprobe}, {@code lsmod}, {@code sysctl}. */
final class KernelCommands {
    private static final Set<String> AVAILABLE = Set.of("overlay", "br_netfilter", "bridge", "ip_vs", "ip_vs_rr", "ip_vs_wrr",
            "ip_vs_sh", "nf_conntrack", "vxlan", "ext4", "jbd2", "mbcache", "crc16", "e1000e", "nvme", "dm_mod", "loop");

    private KernelCommands() {
    }

    static int swapoff(Invocation inv) {
        NodeState node = inv.node();
        boolean all = inv.args().contains("-a") || inv.args().contains("--all");
        boolean named = inv.args().contains(NodeState.SWAP_DEVICE);
        if (!all && !named) {
            if (inv.args().isEmpty()) {
                inv.error("Usage:\n swapoff [options] [<spec>]");
                return 2;
            }
            return inv.fail(4, inv.args().get(inv.args().size() - 1) + ": swapoff failed: Invalid argument");
        }
        if (node.swapActive()) {
            node.logKernel(inv.now(), "Removing " + node.swapKb() + "k swap on " + NodeState.SWAP_DEVICE);
        }
        node.setSwapActive(false);
        return 0;
    }

    static int swapon(Invocation inv) {
        NodeState node = inv.node();
        if (inv.args().contains("--show")) {
            if (node.swapActive()) {
                inv.println("NAME      TYPE      SIZE USED PRIO");
                inv.println(NodeState.SWAP_DEVICE + " partition " + FsCommands.size(node.swapKb()) + "   0B   -2");
            }
            return 0;
        }
        if (inv.args().contains("-s") || inv.args().contains("--summary")) {
            inv.out.append(ProcFiles.swaps(node));
            return 0;
        }
        boolean all = inv.args().contains("-a");
        boolean fstab = node.vfs().read("/etc/fstab").orElse("").lines().anyMatch(l -> !l.strip().startsWith("#") && l.contains(" swap "));
        if (all && !fstab || inv.args().isEmpty()) {
            return 0;
        }
        node.setSwapActive(true);
        node.logKernel(inv.now(), "Adding " + node.swapKb() + "k swap on " + NodeState.SWAP_DEVICE + ".  Priority:-2 extents:1 across:" + node.swapKb() + "k SS");
        return 0;
    }

    static int free(Invocation inv) {
        boolean swap = inv.node().swapActive();
        inv.println("               total        used        free      shared  buff/cache   available");
        inv.println("Mem:            31Gi       4.1Gi        22Gi       3.0Mi       5.3Gi        26Gi");
        inv.println("Swap:          " + (swap ? "1.9Gi" : "   0B") + "          0B       " + (swap ? "1.9Gi" : "   0B"));
        return 0;
    }

    static int modprobe(Invocation inv) {
        boolean remove = inv.args().contains("-r");
        for (String name : inv.args()) {
            if (name.startsWith("-")) {
                continue;
            }
            String module = name.replace('-', '_');
            if (!AVAILABLE.contains(module)) {
                inv.error("modprobe: FATAL: Module " + name + " not found in directory /lib/modules/6.1.0-26-amd64");
                return 1;
            }
            NodeState node = inv.node();
            if (remove) {
                node.modules().remove(module);
                if (module.equals("br_netfilter")) {
                    node.sysctls().keySet().removeIf(k -> k.startsWith("net.bridge."));
                }
            } else if (node.modules().add(module) && module.equals("br_netfilter")) {
                node.modules().add("bridge");
                node.logKernel(inv.now(), "bridge: filtering via arp/ip/ip6tables is no longer available by default. Update your scripts to load br_netfilter if you need this.");
                node.logKernel(inv.now(), "Bridge firewalling registered");
                node.sysctls().put("net.bridge.bridge-nf-call-iptables", "1");
                node.sysctls().put("net.bridge.bridge-nf-call-ip6tables", "1");
            }
        }
        return 0;
    }

    static int lsmod(Invocation inv) {
        inv.println("Module                  Size  Used by");
        for (String line : ProcFiles.modules(inv.node()).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            String users = f[3].equals("-") ? "" : " " + f[3].replace(",", "");
            inv.println(String.format(Locale.ROOT, "%-19s %8s  %s%s", f[0], f[1], f[2], users));
        }
        return 0;
    }

    static int sysctl(Invocation inv) {
        NodeState node = inv.node();
        boolean valuesOnly = false;
        List<String> keys = new ArrayList<>();
        for (String a : inv.args()) {
            switch (a) {
                case "-n", "--values" -> valuesOnly = true;
                case "-w", "-q" -> { }
                case "--system", "-p" -> {
                    for (String f : node.vfs().list("/etc/sysctl.d")) {
                        inv.println("* Applying /etc/sysctl.d/" + f + " ...");
                    }
                    inv.os().reloadSettings(inv.now());
                    for (String f : node.vfs().list("/etc/sysctl.d")) {
                        node.vfs().read("/etc/sysctl.d/" + f).orElse("").lines().filter(l -> l.contains("=") && !l.startsWith("#"))
                                .forEach(l -> print(inv, node, l.substring(0, l.indexOf('=')).strip(), false));
                    }
                    return 0;
                }
                case "-a", "--all" -> {
                    node.sysctls().forEach((k, v) -> inv.println(k + " = " + v));
                    return 0;
                }
                default -> keys.add(a);
            }
        }
        int status = 0;
        for (String key : keys) {
            if (key.contains("=")) {
                String k = key.substring(0, key.indexOf('=')).strip();
                String v = key.substring(key.indexOf('=') + 1).strip();
                if (k.startsWith("net.bridge.") && !node.modules().contains("br_netfilter")) {
                    inv.error("sysctl: cannot stat /proc/sys/" + k.replace('.', '/') + ": No such file or directory");
                    status = 255;
                    continue;
                }
                node.sysctls().put(k, v);
                inv.println(k + " = " + v);
            } else if (!print(inv, node, key, valuesOnly)) {
                status = 255;
            }
        }
        return status;
    }

    private static boolean print(Invocation inv, NodeState node, String key, boolean valuesOnly) {
        String k = key.replace('/', '.');
        String v = node.sysctls().get(k);
        if (v == null) {
            inv.error("sysctl: cannot stat /proc/sys/" + k.replace('.', '/') + ": No such file or directory");
            return false;
        }
        inv.println(valuesOnly ? v : k + " = " + v);
        return true;
    }
}
