package io.ironbook.lab.shell;

import io.ironbook.lab.node.JournalEntry;
import io.ironbook.lab.node.NodeState;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code dmesg} ({@code -T} for wall-clock times): the kernel ring buffer of the current boot. */
final class DmesgCommand implements ShellCommand {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Override
    public int run(Invocation inv) {
        NodeState node = inv.node();
        boolean human = inv.args().stream().anyMatch(a -> a.equals("-T") || a.equals("--ctime") || a.matches("-[a-zA-Z]*T[a-zA-Z]*"));
        for (JournalEntry e : node.kernelLog().tail(-1)) {
            if (!node.bootId().equals(e.bootId())) {
                continue;
            }
            if (human) {
                inv.println("[" + HUMAN.format(e.time()) + "] " + e.message());
            } else {
                Duration d = Duration.between(node.bootTime(), e.time());
                inv.println(String.format(Locale.ROOT, "[%5d.%06d] %s", d.getSeconds(), d.getNano() / 1000, e.message()));
            }
        }
        return 0;
    }
}
