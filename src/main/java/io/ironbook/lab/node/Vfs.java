package io.ironbook.lab.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of a simulated node's filesystem that the runbooks read and change: configuration files,
 * the CNI folders, certificates. Paths are absolute; symbolic links resolve one level per step.
 * Guarded by the node's lock.
 */
public final class Vfs {
    private final Map<String, VfsFile> files = new TreeMap<>();
    private final TreeSet<String> dirs = new TreeSet<>();
    private final Map<String, String> links = new TreeMap<>();
    private final Map<String, Instant> dirTimes = new TreeMap<>();

    /** Resolves symbolic links in every component of the path. */
    public String resolve(String path) {
        String normal = normalize(path);
        for (int guard = 0; guard < 16; guard++) {
            String changed = null;
            for (Map.Entry<String, String> link : links.entrySet()) {
                String from = link.getKey();
                if (normal.equals(from) || normal.startsWith(from + "/")) {
                    String target = link.getValue().startsWith("/") ? link.getValue() : parent(from) + "/" + link.getValue();
                    changed = normalize(target + normal.substring(from.length()));
                    break;
                }
            }
            if (changed == null) {
                return normal;
            }
            normal = changed;
        }
        return normal;
    }

    public Optional<VfsFile> file(String path) {
        return Optional.ofNullable(files.get(resolve(path)));
    }

    public Optional<String> read(String path) {
        return file(path).map(VfsFile::content);
    }

    public boolean isDirectory(String path) {
        return dirs.contains(resolve(path));
    }

    public boolean exists(String path) {
        String real = resolve(path);
        return dirs.contains(real) || files.containsKey(real) || links.containsKey(normalize(path));
    }

    public boolean isLink(String path) {
        return links.containsKey(normalize(path));
    }

    public Optional<String> linkTarget(String path) {
        return Optional.ofNullable(links.get(normalize(path)));
    }

    /** The names directly inside a folder (files, folders and links), sorted. */
    public List<String> list(String dir) {
        String real = resolve(dir);
        String prefix = real.equals("/") ? "/" : real + "/";
        TreeSet<String> names = new TreeSet<>();
        for (String p : files.keySet()) {
            child(prefix, p, names);
        }
        for (String p : dirs) {
            child(prefix, p, names);
        }
        for (String p : links.keySet()) {
            child(prefix, p, names);
        }
        return new ArrayList<>(names);
    }

    private static void child(String prefix, String path, TreeSet<String> names) {
        if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) {
            names.add(path.substring(prefix.length()));
        }
    }

    public Instant dirTime(String dir) {
        return dirTimes.getOrDefault(resolve(dir), Instant.EPOCH);
    }

    void mkdirs(String path, Instant when) {
        String p = normalize(path);
        while (!p.isEmpty() && !dirs.contains(p)) {
            dirs.add(p);
            dirTimes.put(p, when);
            if (p.equals("/")) {
                break;
            }
            p = parent(p);
        }
    }

    void write(String path, VfsFile file) {
        String real = resolve(path);
        mkdirs(parent(real), file.modified());
        files.put(real, file);
        dirTimes.put(parent(real), file.modified());
    }

    void writeText(String path, String text, Instant when) {
        VfsFile old = files.get(resolve(path));
        write(path, old == null ? VfsFile.text(text, when) : old.withContent(text, when));
    }

    void link(String link, String target, Instant when) {
        String l = normalize(link);
        mkdirs(parent(l), when);
        links.put(l, target);
    }

    void rename(String from, String to, Instant when) {
        String f = normalize(from);
        String t = normalize(to);
        if (links.containsKey(f)) {
            links.put(t, links.remove(f));
            return;
        }
        if (files.containsKey(f)) {
            files.put(t, files.remove(f));
            return;
        }
        String prefix = f + "/";
        for (String p : List.copyOf(files.keySet())) {
            if (p.startsWith(prefix)) {
                files.put(t + p.substring(f.length()), files.remove(p));
            }
        }
        for (String p : List.copyOf(links.keySet())) {
            if (p.startsWith(prefix)) {
                links.put(t + p.substring(f.length()), links.remove(p));
            }
        }
        for (String p : List.copyOf(dirs)) {
            if (p.equals(f) || p.startsWith(prefix)) {
                dirs.remove(p);
                dirs.add(t + p.substring(f.length()));
            }
        }
        mkdirs(parent(t), when);
    }

    boolean remove(String path) {
        String n = normalize(path);
        if (links.remove(n) != null) {
            return true;
        }
        String real = resolve(n);
        if (files.remove(real) != null) {
            return true;
        }
        if (dirs.contains(real)) {
            String prefix = real + "/";
            files.keySet().removeIf(p -> p.startsWith(prefix));
            links.keySet().removeIf(p -> p.startsWith(prefix));
            dirs.removeIf(p -> p.equals(real) || p.startsWith(prefix));
            return true;
        }
        return false;
    }

    /** Normalises a path: collapses {@code //}, {@code .} and {@code ..}, drops a trailing slash. */
    public static String normalize(String path) {
        String[] parts = path.split("/");
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(part);
        }
        return "/" + String.join("/", out);
    }

    public static String parent(String path) {
        String n = normalize(path);
        int slash = n.lastIndexOf('/');
        return slash <= 0 ? "/" : n.substring(0, slash);
    }
}
