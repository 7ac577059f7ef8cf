package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeState;
import io.ironbook.lab.node.Vfs;
import io.ironbook.lab.node.VfsFile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file tools runbooks use on the simulated filesystem: {@code cat}, {@code ls}, {@code ln}, {@code rm}, {@code mkdir}, {@code cp}, {@code tee}. */
final class FileCommands {
    private static final DateTimeFormatter LS_TIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private FileCommands() {
    }

    static String absolute(String path) {
        return Vfs.normalize(path.startsWith("/") ? path : "/root/" + path);
    }

    static Optional<String> read(NodeState node, String path, Instant now) {
        String abs = absolute(path);
        Optional<String> proc = ProcFiles.read(node, abs, now);
        return proc.isPresent() ? proc : node.vfs().read(abs);
    }

    static int cat(Invocation inv) {
        List<String> files = inv.args().stream().filter(a -> !a.startsWith("-") || a.equals("-")).toList();
        if (files.isEmpty()) {
            inv.out.append(inv.stdin());
            return 0;
        }
        int status = 0;
        for (String f : files) {
            if (f.equals("-")) {
                inv.out.append(inv.stdin());
                continue;
            }
            Optional<String> text = read(inv.node(), f, inv.now());
            if (text.isPresent()) {
                inv.out.append(text.get());
            } else if (inv.node().vfs().isDirectory(absolute(f))) {
                status = inv.fail(1, f + ": Is a directory");
            } else {
                status = inv.fail(1, f + ": No such file or directory");
            }
        }
        return status;
    }

    static int ls(Invocation inv) {
        boolean longFormat = false;
        boolean all = false;
        List<String> paths = new ArrayList<>();
        for (String a : inv.args()) {
            if (a.startsWith("-")) {
                longFormat |= a.contains("l");
                all |= a.contains("a");
            } else {
                paths.add(a);
            }
        }
        if (paths.isEmpty()) {
            paths.add("/root");
        }
        Vfs vfs = inv.node().vfs();
        int status = 0;
        boolean headers = paths.size() > 1;
        boolean first = true;
        for (String p : paths) {
            String abs = absolute(p);
            if (!vfs.exists(abs)) {
                inv.error("ls: cannot access '" + p + "': No such file or directory");
                status = 2;
                continue;
            }
            if (!vfs.isDirectory(abs) || (vfs.isLink(abs) && longFormat && !p.endsWith("/"))) {
                inv.println(longFormat ? entry(vfs, abs, Vfs.normalize(p).equals(abs) ? p : p) : p);
                continue;
            }
            if (headers) {
                if (!first) {
                    inv.println("");
                }
                inv.println(p + ":");
            }
            first = false;
            List<String> names = vfs.list(abs);
            if (!longFormat) {
                names.forEach(inv::println);
                continue;
            }
            long blocks = 0;
            for (String n : names) {
                blocks += vfs.file(abs + "/" + n).map(f -> (f.size() + 4095) / 4096 * 4).orElse(4L);
            }
            inv.println("total " + blocks);
            if (all) {
                inv.println(dirLine(vfs, abs, "."));
                inv.println(dirLine(vfs, Vfs.parent(abs), ".."));
            }
            for (String n : names) {
                inv.println(entry(vfs, (abs.equals("/") ? "" : abs) + "/" + n, n));
            }
        }
        return status;
    }

    private static String dirLine(Vfs vfs, String dir, String label) {
        return String.format(Locale.ROOT, "drwxr-xr-x %d root root %8d %s %s", 2, 4096, LS_TIME.format(vfs.dirTime(dir)), label);
    }

    private static String entry(Vfs vfs, String path, String label) {
        if (vfs.isLink(path)) {
            String target = vfs.linkTarget(path).orElse("");
            return String.format(Locale.ROOT, "lrwxrwxrwx 1 root root %8d %s %s -> %s", target.length(), LS_TIME.format(vfs.dirTime(Vfs.parent(path))), label, target);
        }
        Optional<VfsFile> f = vfs.file(path);
        if (f.isPresent()) {
            return String.format(Locale.ROOT, "%s 1 root root %8d %s %s", f.get().mode(), f.get().size(), LS_TIME.format(f.get().modified()), label);
        }
        return dirLine(vfs, path, label);
    }

    static int ln(Invocation inv) {
        boolean symbolic = false;
        boolean force = false;
        List<String> operands = new ArrayList<>();
        for (String a : inv.args()) {
            if (a.startsWith("-")) {
                symbolic |= a.contains("s");
                force |= a.contains("f");
            } else {
                operands.add(a);
            }
        }
        if (!symbolic) {
            return inv.fail(1, "hard links are not supported on this node; use ln -s");
        }
        if (operands.size() < 2) {
            return inv.fail(1, "missing destination file operand after '" + (operands.isEmpty() ? "" : operands.get(0)) + "'");
        }
        Vfs vfs = inv.node().vfs();
        String dest = absolute(operands.get(operands.size() - 1));
        List<String> targets = operands.subList(0, operands.size() - 1);
        boolean intoDir = vfs.isDirectory(dest) && (targets.size() > 1 || !vfs.isLink(dest));
        if (targets.size() > 1 && !intoDir) {
            return inv.fail(1, "target '" + operands.get(operands.size() - 1) + "' is not a directory");
        }
        for (String target : targets) {
            String link = intoDir ? dest + "/" + target.substring(target.lastIndexOf('/') + 1) : dest;
            if (vfs.exists(link)) {
                if (!force) {
                    return inv.fail(1, "failed to create symbolic link '" + link + "': File exists");
                }
                inv.node().remove(link);
            }
            if (!inv.node().link(link, target, inv.now())) {
                return inv.fail(1, "failed to create symbolic link '" + link + "': Read-only file system");
            }
        }
        return 0;
    }

    static int rm(Invocation inv) {
        boolean force = inv.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
        boolean recursive = inv.args().stream().anyMatch(a -> a.startsWith("-") && (a.contains("r") || a.contains("R")));
        int status = 0;
        for (String a : inv.args()) {
            if (a.startsWith("-")) {
                continue;
            }
            String abs = absolute(a);
            Vfs vfs = inv.node().vfs();
            if (!vfs.exists(abs)) {
                if (!force) {
                    status = inv.fail(1, "cannot remove '" + a + "': No such file or directory");
                }
                continue;
            }
            if (vfs.isDirectory(abs) && !vfs.isLink(abs) && !recursive) {
                status = inv.fail(1, "cannot remove '" + a + "': Is a directory");
                continue;
            }
            if (!inv.node().remove(abs)) {
                status = inv.fail(1, "cannot remove '" + a + "': Read-only file system");
            }
        }
        return status;
    }

    static int mkdir(Invocation inv) {
        boolean parents = inv.args().contains("-p");
        for (String a : inv.args()) {
            if (a.startsWith("-")) {
                continue;
            }
            String abs = absolute(a);
            if (inv.node().vfs().exists(abs)) {
                if (!parents) {
                    return inv.fail(1, "cannot create directory '" + a + "': File exists");
                }
                continue;
            }
            if (!parents && !inv.node().vfs().isDirectory(Vfs.parent(abs))) {
                return inv.fail(1, "cannot create directory '" + a + "': No such file or directory");
            }
            if (!inv.node().mkdirs(abs, inv.now())) {
                return inv.fail(1, "cannot create directory '" + a + "': Read-only file system");
            }
        }
        return 0;
    }

    static int cp(Invocation inv) {
        List<String> operands = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        if (operands.size() != 2) {
            return inv.fail(1, "this node's cp copies one file: cp SOURCE DEST");
        }
        Optional<String> text = read(inv.node(), operands.get(0), inv.now());
        if (text.isEmpty()) {
            return inv.fail(1, "cannot stat '" + operands.get(0) + "': No such file or directory");
        }
        String dest = absolute(operands.get(1));
        if (inv.node().vfs().isDirectory(dest)) {
            dest = dest + "/" + operands.get(0).substring(operands.get(0).lastIndexOf('/') + 1);
        }
        if (!inv.node().writeFile(dest, text.get(), inv.now())) {
            return inv.fail(1, "cannot create regular file '" + operands.get(1) + "': Read-only file system");
        }
        return 0;
    }

    static int tee(Invocation inv) {
        boolean append = inv.args().contains("-a");
        inv.out.append(inv.stdin());
        for (String a : inv.args()) {
            if (a.startsWith("-")) {
                continue;
            }
            String abs = absolute(a);
            String old = append ? inv.node().vfs().read(abs).orElse("") : "";
            if (!inv.node().writeFile(abs, old + inv.stdin(), inv.now())) {
                return inv.fail(1, a + ": Read-only file system");
            }
        }
        return 0;
    }
}
