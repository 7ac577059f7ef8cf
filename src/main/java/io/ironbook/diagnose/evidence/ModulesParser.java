package io.ironbook.diagnose.evidence;

import java.util.List;

/** Reads {@code modules.txt}: {@code /proc/modules} or {@code lsmod}. One {@code module} fact per module. */
public final class ModulesParser implements FactParser {

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            if (PastedText.isPrompt(line)) {
                continue;
            }
            List<String> t = PastedText.tokens(line);
            if (t.size() >= 2 && t.get(0).matches("[A-Za-z0-9_]+") && !"Module".equals(t.get(0))
                    && t.get(1).matches("\\d+")) {
                sink.add("module", PastedText.attrs("name", t.get(0)), PastedText.at(file, i, line));
                sink.covers("module");
            }
        }
    }
}
