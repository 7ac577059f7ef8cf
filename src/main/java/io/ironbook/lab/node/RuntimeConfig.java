package io.ironbook.lab.node;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What containerd and the kubelet read from their configuration files when they start: containerd's
 * {@code SystemdCgroup} and CNI folders, the kubelet's {@code cgroupDriver}.
 */
final class RuntimeConfig {
    static final String CONTAINERD_CONFIG = "/etc/containerd/config.toml";
    static final String KUBELET_CONFIG = "/var/lib/kubelet/config.yaml";
    /** Debian's containerd package is built with this CNI binary folder. */
    static final String DEBIAN_DEFAULT_BIN_DIR = "/usr/lib/cni";
    private static final Pattern SYSTEMD_CGROUP = Pattern.compile("(?im)^\\s*systemdcgroup\\s*=\\s*(true|false)\\s*$");
    private static final Pattern VERSION_2 = Pattern.compile("(?m)^\\s*version\\s*=\\s*2\\s*$");
    private static final Pattern BIN_DIR = Pattern.compile("(?m)^\\s*bin_dir\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CONF_DIR = Pattern.compile("(?m)^\\s*conf_dir\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CGROUP_DRIVER = Pattern.compile("(?m)^cgroupDriver:\\s*(\\S+)");
    static final List<String> PLUGINS = List.of("flannel", "portmap", "bridge", "host-local", "loopback");

    private RuntimeConfig() {
    }

    static boolean containerdSystemdCgroup(Vfs vfs) {
        String toml = vfs.read(CONTAINERD_CONFIG).orElse("");
        if (!VERSION_2.matcher(toml).find()) {
            return false;
        }
        Matcher m = SYSTEMD_CGROUP.matcher(toml);
        return m.find() && m.group(1).equalsIgnoreCase("true");
    }

    static String binDir(Vfs vfs) {
        Matcher m = BIN_DIR.matcher(vfs.read(CONTAINERD_CONFIG).orElse(""));
        return m.find() ? m.group(1) : DEBIAN_DEFAULT_BIN_DIR;
    }

    static String confDir(Vfs vfs) {
        Matcher m = CONF_DIR.matcher(vfs.read(CONTAINERD_CONFIG).orElse(""));
        return m.find() ? m.group(1) : "/etc/cni/net.d";
    }

    static boolean kubeletSystemd(Vfs vfs) {
        Matcher m = CGROUP_DRIVER.matcher(vfs.read(KUBELET_CONFIG).orElse(""));
        return m.find() && m.group(1).equals("systemd");
    }

    static boolean hasNetworkConfig(Vfs vfs) {
        String dir = confDir(vfs);
        return vfs.isDirectory(dir) && vfs.list(dir).stream().anyMatch(n -> n.endsWith(".conf") || n.endsWith(".conflist"));
    }

    /** The first CNI plugin the flannel config needs that the binary folder lacks, or null. */
    static String missingPlugin(Vfs vfs) {
        String dir = binDir(vfs);
        for (String plugin : List.of("flannel", "portmap")) {
            if (vfs.file(dir + "/" + plugin).isEmpty()) {
                return plugin;
            }
        }
        return null;
    }
}
