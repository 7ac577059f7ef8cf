package io.ironbook.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameter references in runbook text: {@code {{name}}}, with optional spaces inside the braces.
 * Rendering substitutes each reference through an escaper, so that values reach a shell quoted.
 */
public final class Template {

    private static final Pattern REF = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    /**
     * One reference.
     *
     * @param name   the param (or capture) it names
     * @param offset where {@code {{} starts in the text
     * @param end    the offset just past {@code }}}
     */
    public record Ref(String name, int offset, int end) {
    }

    /** Text that holds {@code {{} without a well-formed reference. */
    public static final class MalformedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        MalformedException(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private Template() {
    }

    /**
     * The references in {@code text}, in order.
     *
     * @throws MalformedException where {@code {{} opens no well-formed reference
     */
    public static List<Ref> refs(String text) {
        List<Ref> refs = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                return refs;
            }
            Matcher m = REF.matcher(text);
            if (!m.find(open) || m.start() != open) {
                int close = text.indexOf("}}", open);
                String shown = close < 0 ? text.substring(open, Math.min(text.length(), open + 20))
                        : text.substring(open, close + 2);
                throw new MalformedException(open, "malformed parameter reference '" + shown
                        + "' (write {{name}} with a param's name)");
            }
            refs.add(new Ref(m.group(1), m.start(), m.end()));
            at = m.end();
        }
    }

    /** The name, when {@code text} is exactly one reference and nothing else. */
    public static Optional<String> singleRef(String text) {
        Matcher m = REF.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the text holds any reference. */
    public static boolean hasRefs(String text) {
        return text.contains("{{");
    }

    /**
     * Substitutes every reference with {@code escape(lookup(name))}.
     *
     * @throws IllegalArgumentException when {@code lookup} has no value for a name
     */
    public static String render(String text, Function<String, String> lookup, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Ref ref : refs(text)) {
            String value = lookup.apply(ref.name());
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + ref.name() + "}}");
            }
            sb.append(text, at, ref.offset()).append(escape.apply(value));
            at = ref.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    /** Substitutes every reference with its value as is: for titles and messages, never for commands. */
    public static String renderPlain(String text, Function<String, String> lookup) {
        return render(text, lookup, UnaryOperator.identity());
    }

    /**
     * The offset of the first reference that stands inside single or double quotes in a shell
     * command, or -1. Such a reference would be quoted twice.
     */
    public static int firstQuotedRef(String command) {
        List<Ref> refs = refs(command);
        if (refs.isEmpty()) {
            return -1;
        }
        char quote = 0;
        int next = 0;
        for (int i = 0; i < command.length() && next < refs.size(); i++) {
            if (i == refs.get(next).offset()) {
                if (quote != 0) {
                    return i;
                }
                i = refs.get(next).end() - 1;
                next++;
                continue;
            }
            char c = command.charAt(i);
            if (quote == 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                }
            } else if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return -1;
    }
}
