package io.ironbook.lab.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words and operators the way bash does for the subset the lab accepts:
 * single quotes (literal, including the {@code '\''} idiom), double quotes with backslash escapes,
 * backslash outside quotes, comments, and the operators {@code && || ; | & > >> < 2> 2>&1 &>}.
 */
final class Tokenizer {
    /** Marks a {@code $} that parameter expansion applies to (outside single quotes). */
    static final char VAR = '\u0001';
    /** Opens a command substitution {@code $(...)}; its raw text follows, closed by {@link #SUB_END}. */
    static final char SUB_START = '\u0002';
    static final char SUB_END = '\u0003';

    private Tokenizer() {
    }

    static List<Word> split(String line) throws ShellSyntaxException {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new ShellSyntaxException("bash: -c: line 1: unexpected EOF while looking for matching `''");
                }
                current.append(line, i + 1, end);
                inWord = true;
                quoted = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, current);
                inWord = true;
                quoted = true;
            } else if (c == '\\' && i + 1 < n) {
                if (line.charAt(i + 1) != '\n') {
                    current.append(line.charAt(i + 1));
                    inWord = true;
                    quoted = true;
                }
                i += 2;
            } else if (c == ' ' || c == '\t') {
                flush(words, current, inWord, quoted);
                inWord = false;
                quoted = false;
                i++;
            } else if (c == '#' && !inWord) {
                int nl = line.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '\n' || c == ';' || c == '|' || c == '&' || c == '>' || c == '<') {
                String op = operator(line, i, inWord ? current.toString() : null);
                if (op.startsWith("2>") && inWord && current.toString().equals("2") && !quoted) {
                    current.setLength(0);
                    inWord = false;
                }
                flush(words, current, inWord, quoted);
                inWord = false;
                quoted = false;
                words.add(new Word(op.equals("\n") ? ";" : op.equals("&") ? ";" : op, false, true));
                i += op.startsWith("2>") ? op.length() - 1 : op.length();
            } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(') {
                int end = closing(line, i + 2);
                current.append(SUB_START).append(line, i + 2, end).append(SUB_END);
                inWord = true;
                i = end + 1;
            } else {
                current.append(c == '$' ? VAR : c);
                inWord = true;
                i++;
            }
        }
        flush(words, current, inWord, quoted);
        return words;
    }

    private static String operator(String line, int i, String before) {
        String rest = line.substring(i);
        if (rest.startsWith("&&")) {
            return "&&";
        }
        if (rest.startsWith("||")) {
            return "||";
        }
        if (rest.startsWith("&>")) {
            return "&>";
        }
        if (rest.startsWith(">>")) {
            return ">>";
        }
        if ("2".equals(before) && rest.startsWith(">&1")) {
            return "2>&1";
        }
        if ("2".equals(before) && rest.startsWith(">")) {
            return "2>";
        }
        if (rest.startsWith(">&2")) {
            return ">&2";
        }
        return rest.substring(0, 1);
    }

    private static int doubleQuoted(String line, int start, StringBuilder out) throws ShellSyntaxException {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                out.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int end = closing(line, i + 2);
                out.append(SUB_START).append(line, i + 2, end).append(SUB_END);
                i = end + 1;
                continue;
            }
            out.append(c == '$' ? VAR : c);
            i++;
        }
        throw new ShellSyntaxException("bash: -c: line 1: unexpected EOF while looking for matching `\"'");
    }

    /** The index of the {@code )} closing a command substitution that starts at {@code start}. */
    private static int closing(String line, int start) throws ShellSyntaxException {
        int depth = 1;
        char quote = 0;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new ShellSyntaxException("bash: -c: line 1: unexpected EOF while looking for matching `)'");
    }

    private static void flush(List<Word> words, StringBuilder current, boolean inWord, boolean quoted) {
        if (inWord) {
            words.add(new Word(current.toString(), quoted, false));
        }
        current.setLength(0);
    }
}
