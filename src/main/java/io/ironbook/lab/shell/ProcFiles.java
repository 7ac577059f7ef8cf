package io.ironbook.lab.shell;

import io.ironbook.lab.node.Mount;
import io.ironbook.lab.node.NodeState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The generated files under {@code /proc}: mounts, swaps, modules, boot id, uptime and sysctl values. */
final class ProcFiles {
    private static final Map<String, Integer> MODULE_SIZES = Map.of("overlay", 163_840, "br_netfilter", 32_768, "bridge", 311_296,
            "ext4", 1_007_616, "jbd2", 167_936, "mbcache", 16_384, "crc16", 16_384, "e1000e", 327_680, "nvme", 57_344);

    private ProcFiles() {
    }

    static Optional<String> read(NodeState node, String path, Instant now) {
        if (path.equals("/proc/sys/kernel/random/boot_id")) {
            return Optional.of(node.bootId() + "\n");
        }
        if (path.startsWith("/proc/sys/")) {
            String key = path.substring(10).replace('/', '.');
            return Optional.ofNullable(node.sysctls().get(key)).map(v -> v + "\n");
        }
        return switch (path) {
            case "/proc/mounts", "/proc/self/mounts", "/etc/mtab" -> Optional.of(mounts(node));
            case "/proc/swaps" -> Optional.of(swaps(node));
            case "/proc/modules" -> Optional.of(modules(node));
            case "/proc/uptime" -> {
                Duration up = Duration.between(node.bootTime(), now);
                yield Optional.of(String.format(Locale.ROOT, "%d.%02d %d.%02d%n", up.getSeconds(), up.toMillisPart() / 10,
                        up.getSeconds() * 7, 31));
            }
            case "/proc/cmdline" -> Optional.of("BOOT_IMAGE=/boot/vmlinuz-6.1.0-26-amd64 root=UUID=3f1c0a77-51c4-4f0e-9a2b-6c7d2e1f9b10 ro quiet\n");
            case "/proc/version" -> Optional.of("Linux version 6.1.0-26-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0,"
                    + " GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30)\n");
            default -> Optional.empty();
        };
    }

    static String mounts(NodeState node) {
        StringBuilder b = new StringBuilder();
        b.append("sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0\n");
        b.append("proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n");
        b.append("udev /dev devtmpfs rw,nosuid,relatime,size=16336428k,nr_inodes=4084107,mode=755,inode64 0 0\n");
        b.append("devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=000 0 0\n");
        b.append("tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=3273780k,mode=755,inode64 0 0\n");
        for (Mount m : node.mounts()) {
            if (m.target().equals("/")) {
                b.append(line(m));
                b.append("securityfs /sys/kernel/security securityfs rw,nosuid,nodev,noexec,relatime 0 0\n");
                b.append("tmpfs /dev/shm tmpfs rw,nosuid,nodev,inode64 0 0\n");
                b.append("cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0\n");
            }
        }
        for (Mount m : node.mounts()) {
            if (!m.target().equals("/") && m.mounted()) {
                b.append(line(m));
            }
        }
        if (node.containerd().running()) {
            b.append("shm /run/containerd/io.containerd.grpc.v1.cri/sandboxes/").append(node.bootId().replace("-", ""))
                    .append("/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k,inode64 0 0\n");
        }
        return b.toString();
    }

    private static String line(Mount m) {
        String options = m.fstype().equals("vfat")
                ? (m.readOnly() ? "ro" : "rw") + ",relatime,fmask=0077,dmask=0077,codepage=437,iocharset=ascii,shortname=mixed,utf8,errors=remount-ro"
                : m.options();
        return m.device() + " " + m.target() + " " + m.fstype() + " " + options + " 0 0\n";
    }

    static String swaps(NodeState node) {
        StringBuilder b = new StringBuilder("Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n");
        if (node.swapActive()) {
            b.append(String.format(Locale.ROOT, "%-40s%s\t%d\t\t%d\t\t%d%n", NodeState.SWAP_DEVICE, "partition", node.swapKb(), 0, -2));
        }
        return b.toString();
    }

    static String modules(NodeState node) {
        StringBuilder b = new StringBuilder();
        for (String m : node.modules()) {
            int users = m.equals("jbd2") || m.equals("mbcache") || m.equals("bridge") ? 1 : 0;
            b.append(m).append(' ').append(MODULE_SIZES.getOrDefault(m, 20_480)).append(' ').append(users)
                    .append(users == 0 ? " - " : " " + (m.equals("bridge") ? "br_netfilter" : "ext4") + ", ")
                    .append("Live 0x0000000000000000\n");
        }
        return b.toString();
    }
}
