package io.ironbook.diagnose.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code cni.txt}, the {@code ls -la} of the CNI folders: one {@code cniDir} fact per folder
 * listed, with how many plugin binaries and network configs it holds; a folder {@code ls} could not
 * access has {@code exists=false}. A folder the file does not list is unknown.
 */
public final class CniListingParser implements FactParser {

    private static final Pattern ENTRY = Pattern.compile(
            "^([-dlcbps])([rwxsStT-]{9})[.+@]?\\s+\\d+\\s+\\S+\\s+\\S+\\s+[\\d,]+\\s+\\S+\\s+\\S+\\s+\\S+\\s+(.+)$");
    private static final Pattern NO_ACCESS = Pattern.compile("ls: cannot access '?([^':]+)'?: No such file");
    private static final Pattern HEADING = Pattern.compile("^(/\\S*):$");

    /** What one listed folder holds. */
    private static final class Dir {
        final int line;
        final String text;
        boolean exists = true;
        int binaries;
        int configs;
        final List<String> files = new ArrayList<>();

        Dir(int line, String text) {
            this.line = line;
            this.text = text;
        }
    }

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        Map<String, Dir> dirs = new LinkedHashMap<>();
        Dir current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = NO_ACCESS.matcher(line);
            if (m.find()) {
                Dir dir = dirs.computeIfAbsent(trimSlash(m.group(1)), k -> new Dir(0, ""));
                dir.exists = false;
                replaceLine(dirs, trimSlash(m.group(1)), dir, i, line);
                continue;
            }
            if (PastedText.isPrompt(line)) {
                List<String> paths = PastedText.tokens(line).stream().filter(t -> t.startsWith("/")).toList();
                current = paths.size() == 1 ? open(dirs, trimSlash(paths.get(0)), i, line) : null;
                continue;
            }
            m = HEADING.matcher(line);
            if (m.matches()) {
                current = open(dirs, trimSlash(m.group(1)), i, line);
                continue;
            }
            m = ENTRY.matcher(line);
            if (m.matches() && current != null) {
                String name = m.group(3);
                int arrow = name.indexOf(" -> ");
                if (arrow > 0) {
                    name = name.substring(0, arrow);
                }
                if (".".equals(name) || "..".equals(name)) {
                    continue;
                }
                current.files.add(name);
                char type = m.group(1).charAt(0);
                if ((type == '-' || type == 'l') && m.group(2).indexOf('x') >= 0) {
                    current.binaries++;
                }
                if (name.endsWith(".conf") || name.endsWith(".conflist") || name.endsWith(".json")) {
                    current.configs++;
                }
            }
        }
        dirs.forEach((path, dir) -> {
            sink.covers("cniDir");
            sink.add("cniDir", PastedText.attrs("dir", path, "exists", String.valueOf(dir.exists),
                    "binaries", String.valueOf(dir.binaries), "configs", String.valueOf(dir.configs),
                    "files", String.join(",", dir.files)),
                    new EvidenceLine(file, dir.line + 1, dir.text + summary(dir)));
        });
    }

    private static String summary(Dir dir) {
        if (!dir.exists) {
            return "";
        }
        return "   (" + dir.binaries + " executables, " + dir.configs + " network configs)";
    }

    private static Dir open(Map<String, Dir> dirs, String path, int index, String line) {
        Dir dir = dirs.get(path);
        if (dir == null) {
            dir = new Dir(index, line);
            dirs.put(path, dir);
        }
        return dir;
    }

    private static void replaceLine(Map<String, Dir> dirs, String path, Dir old, int index, String line) {
        Dir dir = new Dir(index, line);
        dir.exists = old.exists;
        dirs.put(path, dir);
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
