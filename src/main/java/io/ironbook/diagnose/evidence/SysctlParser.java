package io.ironbook.diagnose.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code sysctl.txt}: {@code key = value} lines, and sysctl's own error for a key that does not
 * exist ({@code cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables}), which becomes a fact
 * with status {@code missing} (br_netfilter not loaded).
 */
public final class SysctlParser implements FactParser {

    private static final Pattern SETTING = Pattern.compile("^\\s*([a-z0-9_.\\-/]+)\\s*=\\s*(\\S*)\\s*$");
    private static final Pattern MISSING = Pattern.compile("cannot stat /proc/sys/(\\S+?):");

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            Matcher m = SETTING.matcher(line);
            if (m.matches()) {
                sink.add("sysctl", PastedText.attrs("key", m.group(1).replace('/', '.'), "value", m.group(2),
                        "status", "set"), PastedText.at(file, i, line));
                sink.covers("sysctl");
                continue;
            }
            m = MISSING.matcher(line);
            if (m.find()) {
                sink.add("sysctl", PastedText.attrs("key", m.group(1).replace('/', '.'), "value", "",
                        "status", "missing"), PastedText.at(file, i, line));
                sink.covers("sysctl");
            }
        }
    }
}
