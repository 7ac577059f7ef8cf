package io.ironbook.diagnose.rules;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Text with {@code {name}} placeholders filled from the facts a rule captured. */
final class Template {

    private Template() {
    }

    /** The names the text refers to. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while ((i = text.indexOf('{', i)) >= 0) {
            int close = text.indexOf('}', i);
            if (close < 0) {
                break;
            }
            String name = text.substring(i + 1, close);
            if (name.matches("[A-Za-z][A-Za-z0-9]*")) {
                names.add(name);
            }
            i = close + 1;
        }
        return names;
    }

    /** The text with each known placeholder replaced; unknown ones are left as written. */
    static String fill(String text, Map<String, String> values) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            String name = text.substring(open + 1, close);
            String value = values.get(name);
            out.append(text, i, open).append(value != null ? value : text.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }
}
