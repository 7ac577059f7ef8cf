package io.ironbook.diagnose.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code describe-node.txt}, the human view of {@code kubectl describe node}: the node's name,
 * {@code Unschedulable}, its taints, and the conditions table, which is found by its rows (a type,
 * {@code True}/{@code False}/{@code Unknown}, two timestamps, a reason, a message), so a paste that
 * lost the {@code Conditions:} heading still reads. A paste cut before the table leaves conditions
 * unknown.
 */
public final class DescribeNodeParser implements FactParser {

    private static final Pattern CONDITION = Pattern.compile("^\\s*([A-Za-z]+)\\s+(True|False|Unknown)\\s{2,}(.*)$");
    private static final Pattern SPLIT = Pattern.compile("\\s{2,}");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z ]*):\\s*(.*)$");

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        boolean inTaints = false;
        String name = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            Matcher condition = CONDITION.matcher(line);
            if (condition.matches()) {
                inTaints = false;
                addCondition(file, i, line, condition, sink);
                continue;
            }
            Matcher field = FIELD.matcher(line);
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
            if (topLevel && field.matches()) {
                String key = field.group(1);
                String value = field.group(2).strip();
                inTaints = "Taints".equals(key);
                if ("Name".equals(key) && name.isEmpty() && !value.isEmpty()) {
                    name = value;
                    sink.node(value, 2);
                    sink.covers("node");
                    sink.add("node", PastedText.attrs("name", value, "unschedulable", "", "source", file),
                            PastedText.at(file, i, line));
                } else if ("Unschedulable".equals(key)) {
                    sink.covers("node");
                    sink.add("node", PastedText.attrs("name", name, "unschedulable", value, "source", file),
                            PastedText.at(file, i, line));
                } else if (inTaints) {
                    sink.covers("taint");
                    addTaint(file, i, line, value, sink);
                }
                continue;
            }
            if (inTaints && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                addTaint(file, i, line, line.strip(), sink);
            } else {
                inTaints = false;
            }
        }
    }

    private static void addCondition(String file, int i, String line, Matcher m, FactSink sink) {
        String[] rest = SPLIT.split(m.group(3).strip());
        String reason = "";
        String message = "";
        if (rest.length >= 4) {
            reason = rest[2];
            message = String.join("  ", java.util.Arrays.asList(rest).subList(3, rest.length));
        } else if (rest.length == 3) {
            reason = rest[2];
        }
        sink.covers("condition");
        sink.add("condition", PastedText.attrs("type", m.group(1), "status", m.group(2), "reason", reason,
                "message", message, "source", file), PastedText.at(file, i, line));
    }

    private static void addTaint(String file, int i, String line, String value, FactSink sink) {
        if (value.isEmpty() || "<none>".equals(value)) {
            return;
        }
        int colon = value.lastIndexOf(':');
        String key = colon > 0 ? value.substring(0, colon) : value;
        String effect = colon > 0 ? value.substring(colon + 1) : "";
        int eq = key.indexOf('=');
        if (eq > 0) {
            key = key.substring(0, eq);
        }
        sink.add("taint", PastedText.attrs("key", key, "effect", effect, "source", file), PastedText.at(file, i, line));
    }
}
