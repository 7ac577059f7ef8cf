package io.ironbook.diagnose.evidence;

import java.util.List;

/**
 * Reads {@code mounts.txt}: {@code /proc/mounts}, {@code findmnt -rno TARGET,SOURCE,FSTYPE,OPTIONS},
 * {@code findmnt}'s tree, or {@code mount}'s {@code X on /T type F (opts)}. One {@code mount} fact
 * per filesystem, with {@code ro} true when the options hold the word {@code ro}.
 */
public final class MountsParser implements FactParser {

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i));
            if (PastedText.isPrompt(line)) {
                continue;
            }
            String device;
            String target;
            String fstype;
            String options;
            List<String> t = PastedText.tokens(stripTree(line));
            int on = t.indexOf("on");
            if (on == 1 && t.size() >= 6 && "type".equals(t.get(3)) && t.get(5).startsWith("(")) {
                device = t.get(0);
                target = t.get(2);
                fstype = t.get(4);
                options = t.get(5).replace("(", "").replace(")", "");
            } else if (t.size() == 6 && t.get(1).startsWith("/") && isDigits(t.get(4)) && isDigits(t.get(5))) {
                device = t.get(0);
                target = t.get(1);
                fstype = t.get(2);
                options = t.get(3);
            } else if (t.size() == 4 && t.get(0).startsWith("/") && !"TARGET".equals(t.get(0))) {
                target = t.get(0);
                device = t.get(1);
                fstype = t.get(2);
                options = t.get(3);
            } else {
                continue;
            }
            boolean ro = ("," + options + ",").contains(",ro,");
            sink.add("mount", PastedText.attrs("device", unescape(device), "target", unescape(target),
                    "fstype", fstype, "options", options, "ro", String.valueOf(ro)), PastedText.at(file, i, line));
            sink.covers("mount");
        }
    }

    private static String stripTree(String line) {
        int i = 0;
        while (i < line.length() && "│├└─| `-".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Decodes {@code \040} (proc) and {@code \x20} (findmnt -r) escapes of spaces. */
    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\x20", " ");
    }
}
