package io.ironbook.lab.shell;

import io.ironbook.lab.node.Journal;
import io.ironbook.lab.node.JournalEntry;
import io.ironbook.lab.node.LogLines;
import io.ironbook.lab.node.Mount;
import io.ironbook.lab.node.NodeState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code journalctl}: {@code -u UNIT} (repeatable), {@code -n N}, {@code -k}, {@code -b}, {@code --no-pager},
 * {@code -o short|cat}, {@code --vacuum-size=}; boots are separated by {@code -- Boot ID --} lines.
 */
final class JournalctlCommand implements ShellCommand {

    @Override
    public int run(Invocation inv) {
        NodeState node = inv.node();
        List<String> units = new ArrayList<>();
        int lines = -1;
        boolean kernel = false;
        boolean currentBoot = false;
        boolean cat = false;
        List<String> args = inv.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-u") || a.equals("--unit")) {
                if (++i >= args.size()) {
                    return inv.fail(1, "option requires an argument -- 'u'");
                }
                units.add(args.get(i));
            } else if (a.startsWith("--unit=")) {
                units.add(a.substring(7));
            } else if (a.startsWith("-u") && a.length() > 2) {
                units.add(a.substring(2));
            } else if (a.equals("-n") || a.equals("--lines")) {
                if (++i >= args.size()) {
                    return inv.fail(1, "option requires an argument -- 'n'");
                }
                lines = parse(args.get(i));
            } else if (a.startsWith("--lines=")) {
                lines = parse(a.substring(8));
            } else if (a.startsWith("-n") && a.length() > 2) {
                lines = parse(a.substring(2));
            } else if (a.equals("-k") || a.equals("--dmesg")) {
                kernel = true;
                currentBoot = true;
            } else if (a.equals("-b") || a.equals("--boot") || a.equals("-b0")) {
                currentBoot = true;
            } else if (a.equals("-o") && i + 1 < args.size()) {
                cat = args.get(++i).equals("cat");
            } else if (a.equals("-ocat") || a.equals("--output=cat")) {
                cat = true;
            } else if (a.startsWith("--vacuum-size=") || a.startsWith("--vacuum-time=")) {
                return vacuum(inv);
            } else if (a.equals("-e") || a.equals("--pager-end")) {
                lines = lines < 0 ? 1000 : lines;
            } else if (a.equals("--since") || a.equals("--until") || a.equals("-p") || a.equals("--priority")) {
                i++;
            } else if (!a.startsWith("-")) {
                return inv.fail(1, "unrecognized argument: " + a);
            }
        }
        if (lines == Integer.MIN_VALUE) {
            return inv.fail(1, "Failed to parse line count");
        }
        List<JournalEntry> entries = new ArrayList<>();
        if (kernel) {
            entries.addAll(node.kernelLog().tail(-1));
        } else if (units.isEmpty()) {
            for (Journal j : List.of(node.kernelLog(), node.systemLog(), node.containerdLog(), node.kubeletLog())) {
                entries.addAll(j.tail(-1));
            }
        } else {
            for (String unit : units) {
                Optional<Journal> j = node.journalOf(unit);
                j.ifPresent(journal -> entries.addAll(journal.tail(-1)));
            }
        }
        entries.sort(Comparator.comparing(JournalEntry::time));
        if (currentBoot) {
            entries.removeIf(e -> !node.bootId().equals(e.bootId()));
        }
        if (lines >= 0 && entries.size() > lines) {
            entries.subList(0, entries.size() - lines).clear();
        }
        if (entries.isEmpty()) {
            inv.println("-- No entries --");
            return 0;
        }
        String boot = null;
        for (JournalEntry e : entries) {
            if (boot != null && !boot.equals(e.bootId())) {
                inv.println("-- Boot " + e.bootId().replace("-", "") + " --");
            }
            boot = e.bootId();
            inv.println(cat ? e.message() : LogLines.journal(e, node.name()));
        }
        return 0;
    }

    private static int parse(String n) {
        if (n.equals("all") || n.equals("+all")) {
            return -1;
        }
        try {
            return Integer.parseInt(n.startsWith("+") ? n.substring(1) : n);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private int vacuum(Invocation inv) {
        Mount var = inv.node().varMount();
        if (var.readOnly()) {
            inv.error("Failed to vacuum /var/log/journal: Read-only file system");
            return 1;
        }
        long freed = Math.min(var.usedKb(), 1_843_200);
        var.setUsedKb(var.usedKb() - freed);
        inv.println("Vacuuming done, freed " + (freed / 1024) + ".0M of archived journals from /var/log/journal/"
                + inv.node().bootId().replace("-", "") + ".");
        return 0;
    }
}
