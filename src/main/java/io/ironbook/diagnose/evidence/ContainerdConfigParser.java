package io.ironbook.diagnose.evidence;

import java.util.List;
import java.util.Locale;

/**
 * Reads {@code containerd-config.toml} into one {@code containerdConfig} fact, with the checks that
 * need code rather than a pattern:
 * <ul>
 *   <li>{@code systemdCgroup}: the runc option, its key read case-insensitively ({@code SystemdCgroup},
 *       {@code systemdCgroup}), and only from plugin tables the config's {@code version} reads (a
 *       config without {@code version = 2} silently ignores {@code "io.containerd.grpc.v1.cri"} tables);
 *       {@code true}, {@code false}, or {@code unset};</li>
 *   <li>{@code cgroupDriver}: {@code systemd} when that option is effectively true, else {@code cgroupfs};</li>
 *   <li>{@code binDir}/{@code confDir}: the CRI plugin's CNI folders ({@code binDirSet} says whether
 *       {@code bin_dir} was written or is containerd's default {@code /opt/cni/bin});</li>
 *   <li>{@code criDisabled}: {@code disabled_plugins} names the CRI plugin (Docker's packaged config).</li>
 * </ul>
 */
public final class ContainerdConfigParser implements FactParser {

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        String table = "";
        String version = "1";
        int versionLine = -1;
        String systemdCgroup = "unset";
        String systemdKey = "";
        int systemdLine = -1;
        String ignoredSystemd = "";
        String binDir = "/opt/cni/bin";
        boolean binDirSet = false;
        String confDir = "/etc/cni/net.d";
        boolean criDisabled = false;
        int firstLine = -1;
        java.util.Map<String, EvidenceLine> shows = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(PastedText.clean(lines.get(i))).strip();
            if (line.isEmpty() || PastedText.isPrompt(line)) {
                continue;
            }
            if (firstLine < 0) {
                firstLine = i;
            }
            if (line.startsWith("[")) {
                table = line.replace("[", "").replace("]", "").replace("\"", "").strip();
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip().replace("\"", "");
            String value = unquote(line.substring(eq + 1).strip());
            String lowerKey = key.toLowerCase(Locale.ROOT);
            if (table.isEmpty() && "version".equals(lowerKey)) {
                version = value;
                versionLine = i;
            } else if ("systemdcgroup".equals(lowerKey) && table.toLowerCase(Locale.ROOT).contains("runc")) {
                if (tableReadBy(table, version)) {
                    systemdCgroup = value.toLowerCase(Locale.ROOT);
                    systemdKey = key;
                    systemdLine = i;
                } else {
                    ignoredSystemd = value;
                    systemdLine = systemdLine < 0 ? i : systemdLine;
                }
            } else if ("bin_dir".equals(lowerKey) && table.endsWith("cni")) {
                binDir = value;
                binDirSet = true;
                shows.put("binDir", PastedText.at(file, i, lines.get(i)));
            } else if ("conf_dir".equals(lowerKey) && table.endsWith("cni")) {
                confDir = value;
                shows.put("confDir", PastedText.at(file, i, lines.get(i)));
            } else if ("disabled_plugins".equals(lowerKey)) {
                shows.put("criDisabled", PastedText.at(file, i, lines.get(i)));
                criDisabled = value.matches(".*(^|[\\[,\\s\"'])(cri|io\\.containerd\\.grpc\\.v1\\.cri)([\\],\\s\"']|$).*");
            }
        }
        if (firstLine < 0) {
            return;
        }
        sink.covers("containerdConfig");
        String driver = "true".equals(systemdCgroup) ? "systemd" : "cgroupfs";
        int evidenceLine = systemdLine >= 0 ? systemdLine : versionLine >= 0 ? versionLine : firstLine;
        String shown = lines.get(evidenceLine).strip();
        if (!ignoredSystemd.isEmpty() && "unset".equals(systemdCgroup)) {
            shown = shown + "   (ignored: the file has no version = 2, so this table is not read)";
        }
        sink.add("containerdConfig", PastedText.attrs("version", version, "systemdCgroup", systemdCgroup,
                "systemdCgroupKey", systemdKey, "cgroupDriver", driver, "binDir", binDir,
                "binDirSet", String.valueOf(binDirSet), "confDir", confDir, "criDisabled", String.valueOf(criDisabled)),
                new EvidenceLine(file, evidenceLine + 1, shown), shows);
    }

    /** Whether a config of this version reads the plugin table (v2 names need version 2, v3 names version 3). */
    private static boolean tableReadBy(String table, String version) {
        if (table.contains("io.containerd.grpc.v1.cri")) {
            return "2".equals(version);
        }
        if (table.contains("io.containerd.cri.v1.")) {
            return "3".equals(version);
        }
        return "1".equals(version) || table.startsWith("plugins.cri") || table.startsWith("plugins.linux");
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String value) {
        String v = value;
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
