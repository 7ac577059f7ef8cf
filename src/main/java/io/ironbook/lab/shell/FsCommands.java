package io.ironbook.lab.shell;

import io.ironbook.lab.node.Mount;
import io.ironbook.lab.node.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Filesystem tools: {@code findmnt}, {@code mount}, {@code umount}, {@code fsck}/{@code e2fsck}, {@code df}. */
final class FsCommands {

    private FsCommands() {
    }

    static int findmnt(Invocation inv) {
        boolean raw = false;
        boolean noHeadings = false;
        List<String> columns = List.of("TARGET", "SOURCE", "FSTYPE", "OPTIONS");
        String filter = null;
        List<String> args = inv.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-o") || a.equals("--output")) {
                columns = List.of(args.get(++i).toUpperCase(Locale.ROOT).split(","));
            } else if (a.equals("-T") || a.equals("--target") || a.equals("-S") || a.equals("--source") || a.equals("-M")) {
                filter = args.get(++i);
            } else if (a.startsWith("-") && !a.startsWith("--")) {
                raw |= a.contains("r") || a.contains("l");
                noHeadings |= a.contains("n");
                if (a.endsWith("o") && i + 1 < args.size()) {
                    columns = List.of(args.get(++i).toUpperCase(Locale.ROOT).split(","));
                }
            } else if (!a.startsWith("-")) {
                filter = a;
            }
        }
        List<Mount> mounts = new ArrayList<>();
        for (Mount m : inv.node().mounts()) {
            if (m.mounted() && (filter == null || m.target().equals(filter) || m.device().equals(filter))) {
                mounts.add(m);
            }
        }
        if (mounts.isEmpty()) {
            return 1;
        }
        if (!noHeadings) {
            inv.println(row(columns, c -> c, raw));
        }
        for (int i = 0; i < mounts.size(); i++) {
            Mount m = mounts.get(i);
            boolean child = !raw && filter == null && !m.target().equals("/");
            String branch = child ? (i == mounts.size() - 1 ? "└─" : "├─") : "";
            inv.println(row(columns, c -> switch (c) {
                case "TARGET" -> branch + m.target();
                case "SOURCE" -> m.device();
                case "FSTYPE" -> m.fstype();
                case "OPTIONS" -> m.options();
                default -> "";
            }, raw));
        }
        return 0;
    }

    private interface Cell {
        String of(String column);
    }

    private static String row(List<String> columns, Cell cell, boolean raw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String v = cell.of(columns.get(i));
            if (raw) {
                b.append(i == 0 ? "" : " ").append(v);
            } else {
                b.append(i == columns.size() - 1 ? v : String.format(Locale.ROOT, "%-" + (i == 0 ? 14 : 10) + "s", v));
            }
        }
        return b.toString().stripTrailing();
    }

    static int mount(Invocation inv) {
        List<String> args = inv.args();
        if (args.isEmpty()) {
            for (Mount m : inv.node().mounts()) {
                inv.println(m.device() + " on " + m.target() + " type " + m.fstype() + " (" + m.options() + ")");
            }
            return 0;
        }
        String options = null;
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-o") && i + 1 < args.size()) {
                options = args.get(++i);
            } else if (args.get(i).equals("-a")) {
                return 0;
            } else if (!args.get(i).startsWith("-")) {
                target = args.get(i);
            }
        }
        if (target == null) {
            return inv.fail(32, "this node's mount supports: mount TARGET, mount -o remount,rw|ro TARGET, mount -a");
        }
        Optional<Mount> m = inv.node().mountAt(target);
        if (m.isPresent() && !m.get().mounted()) {
            Mount mount = m.get();
            mount.setMounted(true);
            boolean recovered = mount.journalDirty();
            mount.remount(mount.errors());
            String dev = mount.device().substring(5);
            if (recovered) {
                inv.node().logKernel(inv.now(), "EXT4-fs (" + dev + "): recovery complete");
            }
            inv.node().logKernel(inv.now(), "EXT4-fs (" + dev + "): mounted filesystem with ordered data mode. Quota mode: none.");
            return 0;
        }
        if (m.isPresent() && (options == null || !options.contains("remount"))) {
            return inv.fail(32, m.get().target() + ": " + m.get().device() + " already mounted on " + m.get().target() + ".");
        }
        if (m.isEmpty()) {
            return inv.fail(32, target + ": mount point not mounted or bad option.");
        }
        boolean rw = options.contains("rw");
        if (rw && (m.get().errors() || m.get().journalDirty())) {
            inv.error("mount: " + m.get().target() + ": cannot remount " + m.get().device() + " read-write, is write-protected.");
            inv.error("       dmesg(1) may have more information after failed mount system call.");
            inv.node().logKernel(inv.now(), "EXT4-fs (" + m.get().device().substring(5) + "): Couldn't remount RDWR because of unprocessed orphan inode list."
                    + "  Please umount/remount instead");
            return 32;
        }
        m.get().remount(!rw);
        inv.node().logKernel(inv.now(), "EXT4-fs (" + m.get().device().substring(5) + "): re-mounted. Quota mode: none.");
        return 0;
    }

    static int umount(Invocation inv) {
        String target = inv.args().stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
        Optional<Mount> m = inv.node().mountAt(target);
        if (m.isEmpty() || !m.get().mounted()) {
            return inv.fail(32, target + ": not mounted.");
        }
        boolean busy = m.get().target().equals("/")
                || m.get().target().equals("/var") && (inv.node().containerd().running() || inv.node().kubelet().running());
        if (busy) {
            return inv.fail(32, target + ": target is busy.");
        }
        m.get().setMounted(false);
        return 0;
    }

    static int fsck(Invocation inv) {
        boolean yes = inv.args().stream().anyMatch(a -> a.startsWith("-") && (a.contains("y") || a.contains("p") || a.contains("a")));
        Optional<String> device = inv.args().stream().filter(a -> !a.startsWith("-")).findFirst();
        boolean wrapper = inv.name().equals("fsck");
        if (wrapper) {
            inv.println("fsck from util-linux 2.38.1");
        }
        if (device.isEmpty()) {
            return 0;
        }
        Optional<Mount> found = inv.node().mountAt(device.get());
        if (found.isEmpty()) {
            inv.println("e2fsck 1.47.0 (5-Feb-2023)");
            inv.error((wrapper ? "fsck.ext4" : inv.name()) + ": No such file or directory while trying to open " + device.get());
            inv.error("Possibly non-existent device?");
            return 8;
        }
        Mount m = found.get();
        String dev = m.device();
        inv.println("e2fsck 1.47.0 (5-Feb-2023)");
        if (m.mounted() && !m.readOnly()) {
            inv.println(dev + " is mounted.");
            inv.println("e2fsck: Cannot continue, aborting.");
            inv.println("");
            return 8;
        }
        if (m.mounted()) {
            inv.println("Warning!  " + dev + " is mounted.");
        }
        boolean forced = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
        if (!m.errors() && !m.journalDirty()) {
            if (forced) {
                passes(inv);
                inv.println(dev + ": 412733/13107200 files (0.4% non-contiguous), 9603139/52428800 blocks");
                return 0;
            }
            inv.println(dev + ": clean, 412733/13107200 files, 9603139/52428800 blocks");
            return 0;
        }
        if (!yes) {
            inv.println(dev + ": recovering journal");
            inv.println(dev + " contains a file system with errors, check forced.");
            inv.println("Pass 1: Checking inodes, blocks, and sizes");
            inv.println("Block bitmap differences:  -(4603904--4603911)");
            inv.println("Fix? no");
            inv.println("");
            inv.println(dev + ": ********** WARNING: Filesystem still has errors **********");
            return 4;
        }
        inv.println(dev + ": recovering journal");
        inv.println(dev + " contains a file system with errors, check forced.");
        passes(inv);
        inv.println("Block bitmap differences:  -(4603904--4603911)");
        inv.println("Fix? yes");
        inv.println("");
        inv.println("Free blocks count wrong for group #1124 (1801, counted=1809).");
        inv.println("Fix? yes");
        inv.println("");
        inv.println(dev + ": ***** FILE SYSTEM WAS MODIFIED *****");
        inv.println(dev + ": 412733/13107200 files (0.4% non-contiguous), 9603139/52428800 blocks");
        m.repair();
        return 1;
    }

    private static void passes(Invocation inv) {
        inv.println("Pass 1: Checking inodes, blocks, and sizes");
        inv.println("Pass 2: Checking directory structure");
        inv.println("Pass 3: Checking directory connectivity");
        inv.println("Pass 4: Checking reference counts");
        inv.println("Pass 5: Checking group summary information");
    }

    static int df(Invocation inv) {
        boolean human = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("h"));
        boolean type = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("T"));
        boolean inodes = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("i"));
        List<String> filters = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        NodeState node = inv.node();
        List<Mount> mounts = new ArrayList<>();
        for (String f : filters) {
            mounts.add(node.mountOf(FileCommands.absolute(f)));
        }
        if (filters.isEmpty()) {
            node.mounts().stream().filter(Mount::mounted).forEach(mounts::add);
        }
        String header = inodes ? "Inodes  IUsed   IFree IUse%" : human ? "  Size  Used Avail Use%" : "1K-blocks     Used Available Use%";
        inv.println(String.format(Locale.ROOT, "%-14s %s%s Mounted on", "Filesystem", type ? "Type  " : "", header));
        for (Mount m : mounts) {
            String t = type ? String.format(Locale.ROOT, "%-5s ", m.fstype()) : "";
            String numbers;
            if (inodes) {
                long free = m.inodes() - m.inodesUsed();
                numbers = String.format(Locale.ROOT, "%6s %6s %7s %4d%%", human ? size(m.inodes() * 1024) : m.inodes(),
                        human ? size(m.inodesUsed() * 1024) : m.inodesUsed(), human ? size(free * 1024) : free,
                        (int) Math.ceil(m.inodesUsed() * 100.0 / m.inodes()));
            } else {
                long avail = Math.max(0, m.sizeKb() - m.usedKb() - (m.fstype().equals("ext4") ? m.sizeKb() / 20 : 0));
                numbers = human
                        ? String.format(Locale.ROOT, "%6s %5s %5s %3d%%", size(m.sizeKb()), size(m.usedKb()), size(avail), m.usePercent())
                        : String.format(Locale.ROOT, "%9d %8d %9d %3d%%", m.sizeKb(), m.usedKb(), avail, m.usePercent());
            }
            inv.println(String.format(Locale.ROOT, "%-14s %s%s %s", m.device(), t, numbers, m.target()));
        }
        return 0;
    }

    /** A size in KiB the way {@code df -h} prints it. */
    static String size(long kb) {
        if (kb == 0) {
            return "0";
        }
        String[] units = {"K", "M", "G", "T"};
        double v = kb;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return v >= 10 ? Math.round(v) + units[u] : String.format(Locale.ROOT, "%.1f%s", v, units[u]);
    }
}
