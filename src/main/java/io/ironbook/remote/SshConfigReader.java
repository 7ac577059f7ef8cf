package io.ironbook.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads an OpenSSH client config line by line into {@link SshConfig} lines, following Include. */
final class SshConfigReader {
    private static final Set<String> NEEDS_NUMBER = Set.of("port", "connecttimeout", "serveraliveinterval",
            "serveralivecountmax");
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final Path baseDir;
    private final List<SshConfig.Line> lines;
    private final List<String> names;

    SshConfigReader(Path baseDir, List<SshConfig.Line> lines, List<String> names) {
        this.baseDir = baseDir;
        this.lines = lines;
        this.names = names;
    }

    void read(Path path, SshConfig.Block start, int depth) {
        if (depth > MAX_INCLUDE_DEPTH) {
            throw new InvalidConfigException(path, 0, "Include nested too deeply (a loop?)");
        }
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigException(path, 0, "cannot read: " + e.getMessage());
        }
        SshConfig.Block block = start;
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
                    block = new SshConfig.Block(List.copyOf(args), null, path, lineNo);
                    for (String arg : args) {
                        if (!arg.startsWith("!") && !arg.contains("*") && !arg.contains("?")) {
                            names.add(arg);
                        }
                    }
                }
                case "match" -> block = new SshConfig.Block(null, List.copyOf(args), path, lineNo);
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
                    lines.add(new SshConfig.Line(block, new SshConfig.Setting(keyword, List.copyOf(args), path, lineNo)));
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
