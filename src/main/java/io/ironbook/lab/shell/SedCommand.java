package io.ironbook.lab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code sed} for the edits runbooks make to config files: {@code s/RE/REPL/[g]} with any delimiter,
 * an optional {@code /RE/} address, {@code /RE/d}, several {@code -e}, {@code -E}/{@code -r}, and
 * {@code -i[SUFFIX]} in place (refused on a read-only filesystem).
 */
final class SedCommand implements ShellCommand {

    /** One editing command: an optional address, then substitute or delete. */
    private record Edit(Pattern address, Pattern pattern, String replacement, boolean global, boolean delete) {
    }

    @Override
    public int run(Invocation inv) {
        boolean inPlace = false;
        boolean extended = false;
        List<String> scripts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> args = inv.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-i") || a.startsWith("--in-place")) {
                inPlace = true;
            } else if (a.equals("-E") || a.equals("-r") || a.equals("--regexp-extended")) {
                extended = true;
            } else if (a.equals("-e") && i + 1 < args.size()) {
                scripts.add(args.get(++i));
            } else if (a.startsWith("-") && a.length() > 1) {
                extended |= a.contains("E") || a.contains("r");
                inPlace |= a.contains("i");
            } else if (scripts.isEmpty() && files.isEmpty() && !args.contains("-e")) {
                scripts.add(a);
            } else {
                files.add(a);
            }
        }
        if (scripts.isEmpty()) {
            return inv.fail(1, "no script specified");
        }
        List<Edit> edits = new ArrayList<>();
        for (String s : scripts) {
            for (String part : s.split(";")) {
                Optional<Edit> edit = parse(part.strip(), extended);
                if (edit.isEmpty()) {
                    return inv.fail(1, "-e expression #1, char " + part.length() + ": unknown command: `" + (part.isEmpty() ? "" : part.charAt(0)) + "'");
                }
                edits.add(edit.get());
            }
        }
        if (files.isEmpty()) {
            inv.out.append(apply(inv.stdin(), edits));
            return 0;
        }
        for (String f : files) {
            Optional<String> text = FileCommands.read(inv.node(), f, inv.now());
            if (text.isEmpty()) {
                return inv.fail(2, "can't read " + f + ": No such file or directory");
            }
            String result = apply(text.get(), edits);
            if (!inPlace) {
                inv.out.append(result);
            } else if (!inv.node().writeFile(FileCommands.absolute(f), result, inv.now())) {
                return inv.fail(4, "couldn't open temporary file " + FileCommands.absolute(f).replaceAll("/[^/]*$", "") + "/sedXyZ12a: Read-only file system");
            }
        }
        return 0;
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            boolean deleted = false;
            String current = line;
            for (Edit e : edits) {
                if (e.address() != null && !e.address().matcher(current).find()) {
                    continue;
                }
                if (e.delete()) {
                    deleted = true;
                    break;
                }
                Matcher m = e.pattern().matcher(current);
                current = e.global() ? m.replaceAll(e.replacement()) : m.replaceFirst(e.replacement());
            }
            if (!deleted) {
                out.append(current).append('\n');
            }
        }
        String joined = out.toString();
        return text.endsWith("\n") ? joined.substring(0, joined.length() - 1) : joined.substring(0, Math.max(0, joined.length() - 1));
    }

    private static Optional<Edit> parse(String script, boolean extended) {
        try {
            Pattern address = null;
            String rest = script;
            if (rest.startsWith("/")) {
                int end = rest.indexOf('/', 1);
                if (end < 0) {
                    return Optional.empty();
                }
                address = Pattern.compile(regex(rest.substring(1, end), extended));
                rest = rest.substring(end + 1).strip();
            }
            if (rest.equals("d")) {
                return Optional.of(new Edit(address, null, null, false, true));
            }
            if (rest.length() < 4 || rest.charAt(0) != 's') {
                return Optional.empty();
            }
            char delim = rest.charAt(1);
            List<String> parts = splitUnescaped(rest.substring(2), delim);
            if (parts.size() < 3) {
                return Optional.empty();
            }
            Pattern pattern = Pattern.compile(regex(parts.get(0), extended));
            return Optional.of(new Edit(address, pattern, replacement(parts.get(1)), parts.get(2).contains("g"), false));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    private static List<String> splitUnescaped(String s, char delim) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == delim) {
                cur.append(delim);
                i++;
            } else if (c == delim) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    /** POSIX character classes ({@code [:space:]} inside brackets) to Java. */
    static String posixClasses(String re) {
        return re.replace("[:space:]", "\\s").replace("[:blank:]", " \\t").replace("[:digit:]", "\\d")
                .replace("[:alpha:]", "\\p{Alpha}").replace("[:alnum:]", "\\p{Alnum}").replace("[:upper:]", "\\p{Upper}")
                .replace("[:lower:]", "\\p{Lower}").replace("[:punct:]", "\\p{Punct}");
    }

    /** POSIX basic (or extended) regular expression to Java. */
    private static String regex(String given, boolean extended) {
        String re = posixClasses(given);
        if (extended) {
            return re;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                char n = re.charAt(++i);
                b.append("(){}+?|".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
            } else if ("(){}+?|".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String replacement(String repl) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < repl.length(); i++) {
            char c = repl.charAt(i);
            if (c == '\\' && i + 1 < repl.length()) {
                char n = repl.charAt(++i);
                b.append(Character.isDigit(n) ? "$" + n : n == 'n' ? "\n" : Matcher.quoteReplacement(String.valueOf(n)));
            } else if (c == '&') {
                b.append("$0");
            } else {
                b.append(Matcher.quoteReplacement(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
