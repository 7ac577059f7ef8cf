package io.ironbook.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Ansible's INI inventory format: host lines with {@code key=value} variables and host ranges
 * ({@code node[01:10]}), {@code [group]}, {@code [group:vars]} and {@code [group:children]} sections,
 * {@code #} and {@code ;} comments.
 */
final class AnsibleIniInventoryParser {
    private static final Pattern SECTION = Pattern.compile("\\[([^\\[\\]:\\s]+)(?::([A-Za-z]+))?]");
    private static final Pattern RANGE = Pattern.compile("\\[([0-9]+|[a-z]):([0-9]+|[a-z])(?::([0-9]+))?]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]:@]+");

    private enum Kind { HOSTS, VARS, CHILDREN }

    private AnsibleIniInventoryParser() {
    }

    static AnsibleInventory parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigException(file, 0, "cannot read: " + e.getMessage());
        }
        AnsibleInventory inventory = new AnsibleInventory(file);
        String group = "ungrouped";
        Kind kind = Kind.HOSTS;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                Matcher m = SECTION.matcher(stripComment(line));
                if (!m.matches()) {
                    throw new InvalidConfigException(file, lineNo, "malformed section header '" + line + "'");
                }
                group = m.group(1);
                String suffix = m.group(2);
                if (suffix == null) {
                    kind = Kind.HOSTS;
                } else if (suffix.equals("vars")) {
                    kind = Kind.VARS;
                } else if (suffix.equals("children")) {
                    kind = Kind.CHILDREN;
                } else {
                    throw new InvalidConfigException(file, lineNo,
                            "unknown section type ':" + suffix + "' (expected :vars or :children)");
                }
                inventory.group(group);
                continue;
            }
            List<String> words = words(file, lineNo, line);
            switch (kind) {
                case VARS -> {
                    String joined = String.join(" ", words);
                    int eq = joined.indexOf('=');
                    if (eq <= 0) {
                        throw new InvalidConfigException(file, lineNo, "expected 'name=value' in [" + group + ":vars]");
                    }
                    inventory.group(group).vars().put(joined.substring(0, eq).strip(),
                            new AnsibleInventory.Value(unquote(joined.substring(eq + 1).strip()), file, lineNo));
                }
                case CHILDREN -> {
                    if (words.size() != 1) {
                        throw new InvalidConfigException(file, lineNo, "expected one group name in [" + group + ":children]");
                    }
                    inventory.group(words.get(0));
                    inventory.group(group).children().add(words.get(0));
                }
                case HOSTS -> addHosts(inventory, file, lineNo, group, words);
            }
        }
        return inventory;
    }

    private static void addHosts(AnsibleInventory inventory, Path file, int lineNo, String group, List<String> words) {
        String pattern = words.get(0);
        if (pattern.contains("=") || !NAME.matcher(pattern).matches()) {
            throw new InvalidConfigException(file, lineNo, "expected a host name, not '" + pattern + "'");
        }
        List<String> names = expand(file, lineNo, pattern);
        for (String name : names) {
            AnsibleInventory.Host host = inventory.host(name, file, lineNo);
            inventory.group(group).hosts().add(name);
            for (String word : words.subList(1, words.size())) {
                int eq = word.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidConfigException(file, lineNo, "expected 'name=value' after the host name, not '" + word + "'");
                }
                host.vars().put(word.substring(0, eq), new AnsibleInventory.Value(unquote(word.substring(eq + 1)), file, lineNo));
            }
        }
    }

    /** Expands one host range such as {@code node[01:03]} or {@code db-[a:c]}. */
    static List<String> expand(Path file, int lineNo, String pattern) {
        Matcher m = RANGE.matcher(pattern);
        if (!m.find()) {
            if (pattern.contains("[") && !pattern.startsWith("[")) {
                throw new InvalidConfigException(file, lineNo, "malformed host range in '" + pattern + "'");
            }
            return List.of(pattern);
        }
        String head = pattern.substring(0, m.start());
        String tail = pattern.substring(m.end());
        String from = m.group(1);
        String to = m.group(2);
        int step = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        List<String> result = new ArrayList<>();
        if (Character.isDigit(from.charAt(0)) != Character.isDigit(to.charAt(0)) || step < 1) {
            throw new InvalidConfigException(file, lineNo, "malformed host range in '" + pattern + "'");
        }
        boolean numeric = Character.isDigit(from.charAt(0));
        int start = numeric ? Integer.parseInt(from) : from.charAt(0);
        int end = numeric ? Integer.parseInt(to) : to.charAt(0);
        if (end < start) {
            throw new InvalidConfigException(file, lineNo, "host range runs backwards in '" + pattern + "'");
        }
        for (int v = start; v <= end; v += step) {
            String middle = numeric ? String.format("%0" + from.length() + "d", v) : String.valueOf((char) v);
            result.addAll(expand(file, lineNo, head + middle + tail));
        }
        return result;
    }

    /** Splits on whitespace, keeping quoted values together and dropping a trailing comment. */
    static List<String> words(Path file, int lineNo, String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word.append(c);
            } else if ((c == '#' || c == ';') && word.isEmpty()) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new InvalidConfigException(file, lineNo, "unterminated quote");
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        int semi = line.indexOf(" ;");
        int cut = hash < 0 ? semi : semi < 0 ? hash : Math.min(hash, semi);
        return cut < 0 ? line : line.substring(0, cut).strip();
    }

    static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
