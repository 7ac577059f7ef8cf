package io.ironbook.diagnose.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the structured parsers see a pasted line: Markdown quote markers and fences removed. */
final class PastedText {

    private PastedText() {
    }

    /** The line without a Markdown quote marker; a fence line becomes empty. */
    static String clean(String line) {
        String s = line;
        String stripped = s.stripLeading();
        if (stripped.startsWith(">")) {
            s = stripped.substring(1);
            if (s.startsWith(" ")) {
                s = s.substring(1);
            }
            stripped = s.stripLeading();
        }
        if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
            return "";
        }
        return s;
    }

    /** Whether the line is a shell prompt with a command ({@code user@host:~$ ls -la /opt/cni/bin}). */
    static boolean isPrompt(String line) {
        String s = line.strip();
        int dollar = s.indexOf("$ ");
        int hash = s.indexOf("# ");
        return (s.startsWith("$ ") || s.startsWith("# ")) || (dollar > 0 && s.substring(0, dollar).contains("@"))
                || (hash > 0 && s.substring(0, hash).contains("@"));
    }

    /** Splits on runs of whitespace. */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    static EvidenceLine at(String file, int index, String line) {
        return new EvidenceLine(file, index + 1, line.strip());
    }

    static Map<String, String> attrs(String... keyValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
