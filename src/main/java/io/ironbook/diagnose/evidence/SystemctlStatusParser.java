package io.ironbook.diagnose.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code systemctl-status.txt}, the blocks of {@code systemctl status kubelet containerd}: one
 * {@code unit} fact per unit, named without {@code .service}, with {@code loaded}, {@code enabled},
 * {@code active} ({@code active}, {@code inactive}, {@code failed}, {@code activating}),
 * {@code sub} ({@code running}, {@code dead}, {@code auto-restart}), {@code result} and the main
 * process's {@code exitStatus}. A block whose bullet was lost in the paste still reads; "Unit x could
 * not be found" gives {@code loaded=not-found}. The journal lines under each block are read by the
 * log rules.
 */
public final class SystemctlStatusParser implements FactParser {

    private static final Pattern HEAD = Pattern.compile("^\\s*[●○×*]?\\s*([A-Za-z0-9@_.\\-]+)\\.service(?:\\s+-\\s+.*)?$");
    private static final Pattern NOT_FOUND = Pattern.compile("Unit ([A-Za-z0-9@_.\\-]+?)(?:\\.service)? could not be found");
    private static final Pattern LOADED = Pattern.compile("^\\s*Loaded:\\s+(\\S+)(?:\\s+\\(([^;)]*)(?:;\\s*([a-z\\-]+))?)?");
    private static final Pattern ACTIVE = Pattern.compile(
            "^\\s*Active:\\s+(\\S+)(?:\\s+\\((?!Result:)([^)]*)\\))?(?:\\s+\\(Result:\\s*([^)]*)\\))?");
    private static final Pattern MAIN_PID = Pattern.compile("^\\s*Main PID:.*status=(\\d+)");

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        String unit = null;
        String loaded = "";
        String enabled = "";
        String exitStatus = "";
        String active = null;
        String sub = "";
        String result = "";
        String state = "";
        String ago = "";
        int activeLine = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? PastedText.clean(lines.get(i)) : "";
            Matcher head = HEAD.matcher(line);
            boolean end = i == lines.size() || head.matches();
            if (end && unit != null && active != null) {
                sink.add("unit", PastedText.attrs("name", unit, "loaded", loaded, "enabled", enabled, "active", active,
                        "sub", sub, "result", result, "exitStatus", exitStatus, "state", state, "ago", ago),
                        PastedText.at(file, activeLine, lines.get(activeLine)));
            }
            if (i == lines.size()) {
                break;
            }
            if (head.matches()) {
                unit = head.group(1);
                loaded = "";
                enabled = "";
                exitStatus = "";
                active = null;
                sub = "";
                result = "";
                state = "";
                ago = "";
                sink.covers("unit");
                continue;
            }
            Matcher m = NOT_FOUND.matcher(line);
            if (m.find()) {
                sink.covers("unit");
                sink.add("unit", PastedText.attrs("name", m.group(1), "loaded", "not-found", "enabled", "",
                        "active", "inactive", "sub", "dead", "result", "", "exitStatus", "", "state", "not found", "ago", ""),
                        PastedText.at(file, i, line));
                continue;
            }
            if (unit == null) {
                continue;
            }
            if ((m = LOADED.matcher(line)).find()) {
                loaded = m.group(1);
                enabled = m.group(3) == null ? "" : m.group(3);
            } else if ((m = ACTIVE.matcher(line)).find()) {
                active = m.group(1);
                sub = m.group(2) == null ? "" : m.group(2);
                result = m.group(3) == null ? "" : m.group(3).strip();
                state = stateText(line);
                int semicolon = line.lastIndexOf("; ");
                ago = semicolon > 0 && line.endsWith(" ago") ? line.substring(semicolon + 2).strip() : "";
                activeLine = i;
            } else if ((m = MAIN_PID.matcher(line)).find()) {
                exitStatus = m.group(1);
            }
        }
    }

    /** The state as the Active line words it, without the time: {@code activating (auto-restart) (Result: exit-code)}. */
    private static String stateText(String line) {
        String s = line.substring(line.indexOf("Active:") + 7).strip();
        int since = s.indexOf(" since ");
        return since > 0 ? s.substring(0, since) : s;
    }
}
