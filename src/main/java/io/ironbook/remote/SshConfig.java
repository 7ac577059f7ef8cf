package io.ironbook.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenSSH client configuration ({@code ~/.ssh/config}): {@code Host} blocks with patterns and
 * negations, {@code Match all} and {@code Match host|originalhost}, {@code Include} with globs,
 * {@code keyword value} and {@code keyword=value} forms. For each keyword the first value that
 * applies wins, as in OpenSSH; {@code IdentityFile} accumulates. Keywords ironbook does not use are
 * read and ignored; other {@code Match} criteria never apply.
 */
public final class SshConfig {

    /** One value a line gave. */
    public record Setting(String keyword, List<String> args, Path file, int line) {
        /** The first argument. */
        public String value() {
            return args.get(0);
        }

        public Origin origin() {
            return new Origin(keyword, String.join(" ", args), file.getFileName().toString(), line);
        }
    }

    /** The condition of a block: Host patterns, or a Match line. */
    private record Block(List<String> hostPatterns, List<String> match, Path file, int line) {
        boolean applies(String host) {
            if (match != null) {
                return matchApplies(host);
            }
            return patternListMatches(hostPatterns, host);
        }

        private boolean matchApplies(String host) {
            if (match.size() == 1 && match.get(0).equalsIgnoreCase("all")) {
                return true;
            }
            boolean all = true;
            for (int i = 0; i < match.size(); i++) {
                String criterion = match.get(i).toLowerCase(Locale.ROOT);
                boolean negate = criterion.startsWith("!");
                criterion = negate ? criterion.substring(1) : criterion;
                if ((criterion.equals("host") || criterion.equals("originalhost")) && i + 1 < match.size()) {
                    boolean hit = patternListMatches(List.of(match.get(++i).split(",")), host);
                    all &= negate != hit;
                } else {
                    return false;
                }
            }
            return all;
        }
    }

    private record Line(Block block, Setting setting) {
    }

    private static final Set<String> NEEDS_NUMBER = Set.of("port", "connecttimeout", "serveraliveinterval",
            "serveralivecountmax");
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final Path file;
    private final List<Line> lines;
    private final List<String> hostNames;

    private SshConfig(Path file, List<Line> lines, List<String> hostNames) {
        this.file = file;
        this.lines = List.copyOf(lines);
        this.hostNames = List.copyOf(hostNames);
    }

    /** A configuration with no lines. */
    public static SshConfig empty() {
        return new SshConfig(Path.of("(none)"), List.of(), List.of());
    }

    /**
     * Reads the file and everything it includes; relative Include paths are resolved against the
     * file's folder.
     *
     * @throws InvalidConfigException with {@code file:line} when a line is malformed
     */
    public static SshConfig parse(Path file) {
        List<Line> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Block global = new Block(List.of("*"), null, file, 0);
        new Reader(file.toAbsolutePath().getParent(), lines, names).read(file, global, 0);
        return new SshConfig(file, lines, names);
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The literal host names of Host lines (no wildcards, no negations), in order. */
    public List<String> hostNames() {
        return hostNames;
    }

    /** The settings that apply to the host, first value per keyword (keywords in lower case). */
    public Map<String, Setting> lookup(String host) {
        Map<String, Setting> result = new LinkedHashMap<>();
        for (Line line : lines) {
            String key = line.setting.keyword().toLowerCase(Locale.ROOT);
            if (!key.equals("identityfile") && result.containsKey(key)) {
                continue;
            }
            if (line.block.applies(host.toLowerCase(Locale.ROOT))) {
                result.putIfAbsent(key, line.setting);
            }
        }
        return result;
    }

    /** Every IdentityFile that applies to the host, in order. */
    public List<Setting> identityFiles(String host) {
        List<Setting> files = new ArrayList<>();
        for (Line line : lines) {
            if (line.setting.keyword().equalsIgnoreCase("identityfile") && line.block.applies(host.toLowerCase(Locale.ROOT))) {
                files.add(line.setting);
            }
        }
        return files;
    }

    /** True when a Host line names this host literally or a non-{@code *} pattern matches it. */
    public boolean names(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        for (Line line : lines) {
            Block block = line.block;
            if (block.hostPatterns != null && !block.hostPatterns.equals(List.of("*")) && block.applies(lower)) {
                return true;
            }
        }
        return hostNames.stream().anyMatch(n -> n.equalsIgnoreCase(host));
    }

    /**
     * Where the first Host block that names the host (other than {@code Host *}) starts, as an origin;
     * empty when none does.
     */
    public java.util.Optional<Origin> hostOrigin(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        for (Line line : lines) {
            Block block = line.block;
            if (block.hostPatterns != null && !block.hostPatterns.equals(List.of("*")) && block.applies(lower)) {
                return java.util.Optional.of(new Origin("Host", String.join(" ", block.hostPatterns),
                        block.file.getFileName().toString(), block.line));
            }
        }
        return java.util.Optional.empty();
    }

    static boolean patternListMatches(List<String> patterns, String host) {
        boolean matched = false;
        for (String raw : patterns) {
            String pattern = raw.toLowerCase(Locale.ROOT);
            if (pattern.startsWith("!")) {
                if (Glob.matches(pattern.substring(1), host)) {
                    return false;
                }
            } else if (Glob.matches(pattern, host)) {
                matched = true;
            }
        }
        return matched;
    }

    /** Reads files line by line, following Include. */
    private static final class Reader {
        private final Path baseDir;
        private final List<Line> lines;
        private final List<String> names;

        Reader(Path baseDir, List<Line> lines, List<String> names) {
            this.baseDir = baseDir;
            this.lines = lines;
            this.names = names;
        }

        void read(Path path, Block start, int depth) {
            if (depth > MAX_INCLUDE_DEPTH) {
                throw new InvalidConfigException(path, 0, "Include nested too deeply (a loop?)");
            }
            List<String> text;
            try {
                text = Files.readAllLines(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidConfigException(path, 0, "cannot read: " + e.getMessage());
            }
            Block block = start;
            for (int i = 0; i < text.size(); i++) {
                int lineNo = i + 1;
                List<String> words = tokenize(path, lineNo, text.get(i));
                if (words.isEmpty()) {
                    continue;
                }
                String keyword = words.get(0);
                List<String> args = words.subList(1, words.size());
                String key = keyword.toLowerCase(Locale.ROOT);
                if (args.isEmpty()) {
                    throw new InvalidConfigException(path, lineNo, "'" + keyword + "' needs a value");
                }
                switch (key) {
                    case "host" -> {
                        block = new Block(List.copyOf(args), null, path, lineNo);
                        for (String arg : args) {
                            if (!arg.startsWith("!") && !arg.contains("*") && !arg.contains("?")) {
                                names.add(arg);
                            }
                        }
                    }
                    case "match" -> block = new Block(null, List.copyOf(args), path, lineNo);
                    case "include" -> {
                        for (String pattern : args) {
                            for (Path included : expandInclude(pattern)) {
                                read(included, block, depth + 1);
                            }
                        }
                    }
                    default -> {
                        if (NEEDS_NUMBER.contains(key) && !args.get(0).matches("\\d+")) {
                            throw new InvalidConfigException(path, lineNo,
                                    "'" + keyword + "' must be a number, not '" + args.get(0) + "'");
                        }
                        if (key.equals("port")) {
                            int port = Integer.parseInt(args.get(0));
                            if (port < 1 || port > 65535) {
                                throw new InvalidConfigException(path, lineNo, "port out of range: " + port);
                            }
                        }
                        lines.add(new Line(block, new Setting(keyword, List.copyOf(args), path, lineNo)));
                    }
                }
            }
        }

        private List<Path> expandInclude(String pattern) {
            String expanded = pattern.startsWith("~/")
                    ? System.getProperty("user.home") + pattern.substring(1) : pattern;
            Path path = Path.of(expanded);
            if (!path.isAbsolute()) {
                path = baseDir.resolve(path);
            }
            String name = path.getFileName().toString();
            if (!name.contains("*") && !name.contains("?")) {
                return Files.isRegularFile(path) ? List.of(path) : List.of();
            }
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(path.getParent())) {
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(path.getParent(), name)) {
                    dir.forEach(p -> {
                        if (Files.isRegularFile(p)) {
                            found.add(p);
                        }
                    });
                } catch (IOException e) {
                    throw new InvalidConfigException(path.getParent(), 0, "cannot list: " + e.getMessage());
                }
            }
            found.sort(null);
            return found;
        }
    }

    /** Splits a line into words: {@code key value}, {@code key=value}, double-quoted arguments, # comments. */
    static List<String> tokenize(Path file, int lineNo, String raw) {
        String line = raw.strip();
        List<String> words = new ArrayList<>();
        if (line.isEmpty() || line.startsWith("#")) {
            return words;
        }
        int i = 0;
        int n = line.length();
        int keyEnd = 0;
        while (keyEnd < n && !Character.isWhitespace(line.charAt(keyEnd)) && line.charAt(keyEnd) != '=') {
            keyEnd++;
        }
        words.add(line.substring(0, keyEnd));
        i = keyEnd;
        while (i < n && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i < n && line.charAt(i) == '=') {
            i++;
        }
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidConfigException(file, lineNo, "unterminated quote");
                }
                words.add(line.substring(i + 1, close));
                i = close + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                words.add(line.substring(start, i));
            }
        }
        return words;
    }
}
