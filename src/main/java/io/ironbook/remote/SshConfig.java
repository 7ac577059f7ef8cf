package io.ironbook.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    record Block(List<String> hostPatterns, List<String> match, Path file, int line) {
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

    record Line(Block block, Setting setting) {
    }

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
        new SshConfigReader(file.toAbsolutePath().getParent(), lines, names).read(file, global, 0);
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

}
