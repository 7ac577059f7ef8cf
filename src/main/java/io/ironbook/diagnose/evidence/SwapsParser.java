package io.ironbook.diagnose.evidence;

import java.util.List;

/**
 * Reads {@code swaps.txt}: {@code /proc/swaps}, {@code swapon -s} or {@code swapon --show}, and the
 * {@code Swap:} row of {@code free}. One {@code swap} fact per active area; the file being present
 * at all makes swap known (an empty {@code swapon --show} means no swap).
 */
public final class SwapsParser implements FactParser {

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        sink.covers("swap");
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            if (PastedText.isPrompt(line)) {
                continue;
            }
            List<String> t = PastedText.tokens(line);
            if (t.size() >= 2 && t.get(0).startsWith("/")) {
                sink.add("swap", PastedText.attrs("name", t.get(0), "type", t.get(1),
                        "size", t.size() > 2 ? t.get(2) : "", "used", t.size() > 3 ? t.get(3) : ""),
                        PastedText.at(file, i, line));
            } else if (t.size() >= 2 && "Swap:".equals(t.get(0)) && !isZero(t.get(1))) {
                sink.add("swap", PastedText.attrs("name", "(free)", "type", "", "size", t.get(1),
                        "used", t.size() > 2 ? t.get(2) : ""), PastedText.at(file, i, line));
            }
        }
    }

    private static boolean isZero(String size) {
        return size.matches("0+(\\.0+)?[BKMGT]?i?");
    }
}
