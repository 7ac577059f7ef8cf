package io.ironbook.diagnose.evidence;

import java.util.List;

/**
 * Reads {@code df.txt}: {@code df -h}, {@code df -hT} and {@code df -i} tables (a header line says
 * which), also when df wrapped a long device name onto its own line. {@code diskSpace} and
 * {@code diskInodes} facts per mount point, with {@code usePercent} as a number.
 */
public final class DfParser implements FactParser {

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        boolean inodes = false;
        boolean typed = false;
        String carried = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            List<String> t = PastedText.tokens(line);
            if (t.isEmpty() || PastedText.isPrompt(line)) {
                continue;
            }
            if ("Filesystem".equals(t.get(0))) {
                inodes = t.contains("Inodes") || t.contains("IUsed") || t.contains("IUse%");
                typed = t.contains("Type");
                carried = null;
                continue;
            }
            if (t.size() == 1 && !t.get(0).endsWith("%")) {
                carried = t.get(0);
                continue;
            }
            if (carried != null) {
                t = new java.util.ArrayList<>(t);
                t.add(0, carried);
                carried = null;
            }
            int pct = -1;
            for (int k = 1; k < t.size(); k++) {
                String tok = t.get(k);
                if (tok.endsWith("%") && tok.length() > 1 && tok.substring(0, tok.length() - 1).matches("\\d+")
                        || "-".equals(tok) && k == t.size() - 2) {
                    pct = k;
                    break;
                }
            }
            if (pct < 0 || pct + 1 >= t.size()) {
                continue;
            }
            String target = String.join(" ", t.subList(pct + 1, t.size()));
            String use = t.get(pct).replace("%", "");
            if ("-".equals(use)) {
                continue;
            }
            if (inodes) {
                sink.add("diskInodes", PastedText.attrs("target", target, "filesystem", t.get(0), "usePercent", use,
                        "free", t.get(pct - 1)), PastedText.at(file, i, line));
                sink.covers("diskInodes");
            } else {
                sink.add("diskSpace", PastedText.attrs("target", target, "filesystem", t.get(0),
                        "fstype", typed ? t.get(1) : "", "usePercent", use, "avail", t.get(pct - 1)),
                        PastedText.at(file, i, line));
                sink.covers("diskSpace");
            }
        }
    }
}
