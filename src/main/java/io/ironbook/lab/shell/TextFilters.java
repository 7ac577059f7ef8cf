package io.ironbook.lab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The text filters pipelines end in: {@code grep}, {@code head}, {@code tail}, {@code wc}. */
final class TextFilters {

    private TextFilters() {
    }

    /** The text of the files, or standard input when there are none; empty (after an error line) for a missing file. */
    static Optional<String> input(Invocation inv, List<String> files) {
        if (files.isEmpty()) {
            return Optional.of(inv.stdin());
        }
        StringBuilder all = new StringBuilder();
        for (String f : files) {
            Optional<String> text = FileCommands.read(inv.node(), f, inv.now());
            if (text.isEmpty()) {
                inv.error(inv.name() + ": " + f + ": No such file or directory");
                return Optional.empty();
            }
            all.append(text.get());
        }
        return Optional.of(all.toString());
    }

    static int grep(Invocation inv) {
        boolean ignoreCase = false;
        boolean invert = false;
        boolean count = false;
        boolean quiet = false;
        boolean fixed = false;
        String pattern = null;
        List<String> files = new ArrayList<>();
        List<String> args = inv.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-e") && i + 1 < args.size()) {
                pattern = pattern == null ? args.get(++i) : pattern + "|" + args.get(++i);
                fixed = false;
            } else if (a.startsWith("-") && a.length() > 1 && pattern == null || a.startsWith("-") && a.length() > 1 && !a.matches("-\\d+")) {
                ignoreCase |= a.contains("i");
                invert |= a.contains("v");
                count |= a.contains("c");
                quiet |= a.contains("q");
                fixed |= a.contains("F");
            } else if (pattern == null) {
                pattern = a;
            } else {
                files.add(a);
            }
        }
        if (pattern == null) {
            inv.error("Usage: grep [OPTION]... PATTERNS [FILE]...");
            return 2;
        }
        Pattern re;
        try {
            String p = fixed ? Pattern.quote(pattern)
                    : SedCommand.posixClasses(pattern).replace("\\|", "|").replace("\\(", "(").replace("\\)", ")");
            re = Pattern.compile(p, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            return inv.fail(2, "Invalid regular expression");
        }
        Optional<String> text = input(inv, files);
        if (text.isEmpty()) {
            return 2;
        }
        int matches = 0;
        for (String line : text.get().split("\n")) {
            if (line.isEmpty() && text.get().isEmpty()) {
                continue;
            }
            if (re.matcher(line).find() != invert) {
                matches++;
                if (!count && !quiet) {
                    inv.println(line);
                }
            }
        }
        if (count) {
            inv.println(String.valueOf(matches));
        }
        return matches > 0 ? 0 : 1;
    }

    static int headOrTail(Invocation inv) {
        int n = 10;
        List<String> files = new ArrayList<>();
        List<String> args = inv.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                if (a.equals("-n") && i + 1 < args.size()) {
                    n = Integer.parseInt(args.get(++i).replace("+", ""));
                } else if (a.matches("-n?\\d+")) {
                    n = Integer.parseInt(a.replaceAll("\\D", ""));
                } else if (!a.startsWith("-")) {
                    files.add(a);
                }
            } catch (NumberFormatException e) {
                return inv.fail(1, "invalid number of lines: '" + a + "'");
            }
        }
        Optional<String> text = input(inv, files);
        if (text.isEmpty()) {
            return 1;
        }
        List<String> lines = text.get().isEmpty() ? List.of() : List.of(text.get().split("\n"));
        List<String> picked = inv.name().equals("head") ? lines.subList(0, Math.min(n, lines.size()))
                : lines.subList(Math.max(0, lines.size() - n), lines.size());
        picked.forEach(inv::println);
        return 0;
    }

    static int wc(Invocation inv) {
        List<String> files = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        Optional<String> text = input(inv, files);
        if (text.isEmpty()) {
            return 1;
        }
        long lines = text.get().chars().filter(c -> c == '\n').count();
        if (inv.args().contains("-l")) {
            inv.println(String.valueOf(lines));
        } else if (inv.args().contains("-c")) {
            inv.println(String.valueOf(text.get().length()));
        } else {
            long words = text.get().isBlank() ? 0 : text.get().strip().split("\\s+").length;
            inv.println(String.format("%7d %7d %7d", lines, words, text.get().length()));
        }
        return 0;
    }

    /** {@code tr SET1 SET2} (character for character, the last of SET2 repeated) and {@code tr -d SET}. */
    static int tr(Invocation inv) {
        List<String> args = inv.args();
        boolean delete = !args.isEmpty() && args.get(0).equals("-d");
        List<String> sets = args.stream().filter(a -> !a.equals("-d")).map(TextFilters::unescape).toList();
        if (sets.isEmpty() || !delete && sets.size() < 2) {
            return inv.fail(1, "missing operand");
        }
        StringBuilder out = new StringBuilder();
        for (char c : inv.stdin().toCharArray()) {
            int at = sets.get(0).indexOf(c);
            if (at < 0) {
                out.append(c);
            } else if (!delete) {
                String to = sets.get(1);
                out.append(to.isEmpty() ? c : to.charAt(Math.min(at, to.length() - 1)));
            }
        }
        inv.out.append(out);
        return 0;
    }

    private static String unescape(String set) {
        return set.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
