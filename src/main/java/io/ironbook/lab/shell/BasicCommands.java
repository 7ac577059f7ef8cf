package io.ironbook.lab.shell;

import io.ironbook.lab.node.Mount;
import io.ironbook.lab.node.NodeState;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Small builtins and tools: {@code echo}, {@code true}, {@code false}, {@code exit}, {@code hostname}, {@code uname}, {@code whoami}, {@code id}, {@code date}, {@code uptime}, {@code timedatectl}, {@code crictl}, {@code bash -c}. */
final class BasicCommands {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private BasicCommands() {
    }

    static int echo(Invocation inv) {
        List<String> args = inv.args();
        boolean newline = true;
        int start = 0;
        while (start < args.size() && (args.get(start).equals("-n") || args.get(start).equals("-e"))) {
            newline &= !args.get(start).equals("-n");
            start++;
        }
        inv.out.append(String.join(" ", args.subList(start, args.size())));
        if (newline) {
            inv.out.append('\n');
        }
        return 0;
    }

    static int exit(Invocation inv) {
        int status = 0;
        if (!inv.args().isEmpty()) {
            try {
                status = Integer.parseInt(inv.args().get(0)) & 0xff;
            } catch (NumberFormatException e) {
                inv.error("bash: exit: " + inv.args().get(0) + ": numeric argument required");
                status = 2;
            }
        }
        inv.interpreter().requestExit(status);
        return status;
    }

    static int hostname(Invocation inv) {
        inv.println(inv.args().contains("-I") || inv.args().contains("-i") ? inv.node().ip() + " " : inv.node().name());
        return 0;
    }

    static int uname(Invocation inv) {
        NodeState node = inv.node();
        if (inv.args().contains("-a")) {
            inv.println("Linux " + node.name() + " 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30) x86_64 GNU/Linux");
        } else if (inv.args().contains("-r")) {
            inv.println("6.1.0-26-amd64");
        } else if (inv.args().contains("-n")) {
            inv.println(node.name());
        } else {
            inv.println("Linux");
        }
        return 0;
    }

    static int id(Invocation inv) {
        inv.println(inv.name().equals("whoami") ? "root" : "uid=0(root) gid=0(root) groups=0(root)");
        return 0;
    }

    static int date(Invocation inv) {
        if (inv.args().contains("+%s")) {
            inv.println(String.valueOf(inv.now().getEpochSecond()));
        } else {
            inv.println(DATE.format(inv.now()));
        }
        return 0;
    }

    static int uptime(Invocation inv) {
        Duration up = Duration.between(inv.node().bootTime(), inv.now());
        long days = up.toDays();
        String since = (days > 0 ? days + " day" + (days == 1 ? "" : "s") + ", " : "") + String.format(Locale.ROOT, "%2d:%02d", up.toHoursPart(), up.toMinutesPart());
        inv.println(" " + CLOCK.format(inv.now()) + " up " + since + ",  1 user,  load average: 0.21, 0.18, 0.15");
        return 0;
    }

    static int timedatectl(Invocation inv) {
        String t = Durations.timestamp(inv.now());
        inv.println("               Local time: " + t);
        inv.println("           Universal time: " + t);
        inv.println("                 RTC time: " + t.substring(4, t.length() - 4));
        inv.println("                Time zone: Etc/UTC (UTC, +0000)");
        inv.println("System clock synchronized: yes");
        inv.println("              NTP service: active");
        inv.println("          RTC in local TZ: no");
        return 0;
    }

    static int shell(Invocation inv) {
        int c = inv.args().indexOf("-c");
        if (c < 0 || c + 1 >= inv.args().size()) {
            return inv.fail(2, "this node runs scripts only with -c");
        }
        return inv.interpreter().execute(inv.args().get(c + 1), inv.out, inv.err);
    }

    static int crictl(Invocation inv) {
        NodeState node = inv.node();
        if (!node.containerd().running()) {
            inv.error("E" + DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC).format(inv.now())
                    + "    " + (1000 + node.bootId().hashCode() % 9000 + 9000) % 9000 + " remote_runtime.go:277] \"ListContainers with filter from runtime service failed\""
                    + " err=\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial unix"
                    + " /var/run/containerd/containerd.sock: connect: no such file or directory\\\"\"");
            inv.error("FATA[0000] validate service connection: validate CRI v1 runtime API for endpoint \"unix:///var/run/containerd/containerd.sock\":"
                    + " rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial unix"
                    + " /var/run/containerd/containerd.sock: connect: no such file or directory\"");
            return 1;
        }
        String sub = inv.args().isEmpty() ? "" : inv.args().get(0);
        switch (sub) {
            case "rmi" -> {
                Mount var = node.varMount();
                if (var.readOnly()) {
                    return inv.fail(1, "failed to remove image: read-only file system");
                }
                long freed = Math.max(var.sizeKb() / 2, var.usedKb() - var.sizeKb() / 5);
                var.setUsedKb(var.usedKb() - Math.min(freed, var.usedKb()));
                inv.println("Deleted: docker.io/library/nginx:1.25");
                inv.println("Deleted: docker.io/library/postgres:15");
                inv.println("Deleted: registry.k8s.io/kube-proxy:v1.29.8");
                return 0;
            }
            case "ps", "pods", "images" -> {
                inv.println(sub.equals("images") ? "IMAGE                                TAG       IMAGE ID        SIZE"
                        : sub.equals("pods") ? "POD ID              CREATED       STATE   NAME                  NAMESPACE     ATTEMPT   RUNTIME"
                        : "CONTAINER           IMAGE               CREATED       STATE     NAME          ATTEMPT   POD ID          POD");
                return 0;
            }
            default -> {
                return inv.fail(1, "this node's crictl supports: ps, pods, images, rmi --prune");
            }
        }
    }
}
