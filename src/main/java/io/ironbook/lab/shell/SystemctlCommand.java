package io.ironbook.lab.shell;

import io.ironbook.lab.node.JournalEntry;
import io.ironbook.lab.node.LogLines;
import io.ironbook.lab.node.NodeState;
import io.ironbook.lab.node.Unit;
import io.ironbook.lab.node.UnitState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code systemctl}: status, is-active, is-enabled, is-failed, start, stop, restart, mask, unmask, enable, disable, reboot, poweroff. */
final class SystemctlCommand implements ShellCommand {

    @Override
    public int run(Invocation inv) {
        List<String> args = new ArrayList<>();
        boolean quiet = false;
        boolean now = false;
        List<String> given = inv.args();
        for (int i = 0; i < given.size(); i++) {
            String a = given.get(i);
            if (a.equals("--type") || a.equals("-t") || a.equals("--state")) {
                i++;
                continue;
            }
            if (a.startsWith("--type=") || a.startsWith("--state=")) {
                continue;
            }
            switch (a) {
                case "--no-pager", "-l", "--full", "--no-legend", "--plain", "--system", "--all", "-a" -> { }
                case "-q", "--quiet" -> quiet = true;
                case "--now" -> now = true;
                default -> {
                    if (a.startsWith("-")) {
                        return inv.fail(1, "unrecognized option '" + a + "'");
                    }
                    args.add(a);
                }
            }
        }
        if (args.isEmpty()) {
            args.add("list-units");
        }
        String verb = args.get(0);
        List<String> names = args.subList(1, args.size());
        return switch (verb) {
            case "status" -> status(inv, names);
            case "is-active" -> query(inv, names, quiet, u -> u.state().active(), u -> u.state() == UnitState.ACTIVE);
            case "is-failed" -> query(inv, names, quiet, u -> u.state() == UnitState.FAILED ? "failed" : u.state().active(),
                    u -> u.state() == UnitState.FAILED);
            case "is-enabled" -> query(inv, names, quiet, u -> u.masked() ? "masked" : u.enabled() ? "enabled" : "disabled",
                    u -> u.enabled() && !u.masked());
            case "start", "stop", "restart", "try-restart", "reload-or-restart" -> change(inv, verb, names);
            case "mask", "unmask" -> mask(inv, verb.equals("mask"), names);
            case "enable", "disable" -> enable(inv, verb.equals("enable"), names, now);
            case "daemon-reload", "reset-failed" -> 0;
            case "reboot", "poweroff", "halt" -> new PowerCommand().power(inv, verb.equals("reboot"));
            case "list-units" -> listUnits(inv, String.join(" ", inv.args()).contains("swap"));
            default -> inv.fail(1, "Unknown command verb " + verb + ".");
        };
    }

    private interface Text {
        String of(Unit u);
    }

    private interface Test {
        boolean of(Unit u);
    }

    private int query(Invocation inv, List<String> names, boolean quiet, Text text, Test ok) {
        if (names.isEmpty()) {
            return inv.fail(1, "Too few arguments.");
        }
        int status = 0;
        for (String name : names) {
            Optional<Unit> unit = inv.node().unit(name);
            if (unit.isEmpty()) {
                if (!quiet) {
                    inv.println(name.equals("swap.target") ? "active" : "inactive");
                }
                status = 3;
                continue;
            }
            if (!quiet) {
                inv.println(text.of(unit.get()));
            }
            if (!ok.of(unit.get())) {
                status = inv.args().contains("is-enabled") ? 1 : 3;
            }
        }
        return status;
    }

    private int status(Invocation inv, List<String> names) {
        if (names.isEmpty()) {
            inv.println("● " + inv.node().name());
            inv.println("    State: running");
            return 0;
        }
        int status = 0;
        boolean first = true;
        for (String name : names) {
            Optional<Unit> found = inv.node().unit(name);
            if (found.isEmpty()) {
                inv.error("Unit " + (name.contains(".") ? name : name + ".service") + " could not be found.");
                status = 4;
                continue;
            }
            if (!first) {
                inv.println("");
            }
            first = false;
            Unit u = found.get();
            printStatus(inv, u);
            if (u.state() != UnitState.ACTIVE && status == 0) {
                status = 3;
            }
        }
        return status;
    }

    private void printStatus(Invocation inv, Unit u) {
        NodeState node = inv.node();
        String service = u.name() + ".service";
        String bullet = switch (u.state()) {
            case ACTIVE -> "●";
            case FAILED -> "×";
            default -> "○";
        };
        inv.println(bullet + " " + service + " - " + u.description());
        if (u.masked()) {
            inv.println("     Loaded: masked (Reason: Unit " + service + " is masked.)");
        } else {
            inv.println("     Loaded: loaded (" + u.fragmentPath() + "; " + (u.enabled() ? "enabled" : "disabled") + "; preset: enabled)");
        }
        if (u.dropIn() != null) {
            inv.println("    Drop-In: " + u.dropIn());
        }
        String result = u.result().equals("success") ? "" : " (Result: " + u.result() + ")";
        String since = u.since() == null ? "" : " since " + Durations.since(u.since(), inv.now());
        inv.println("     Active: " + u.state().active() + " (" + u.state().sub() + ")" + (u.state() == UnitState.ACTIVE ? "" : result) + since);
        inv.println("       Docs: " + u.docs());
        if (u.state() == UnitState.ACTIVE) {
            inv.println("   Main PID: " + u.mainPid() + " (" + u.name() + ")");
            inv.println("      Tasks: " + (u.name().equals("kubelet") ? 15 : 68) + " (limit: 38470)");
            inv.println("     Memory: " + (u.name().equals("kubelet") ? "61.2M" : "48.9M"));
            inv.println("     CGroup: /system.slice/" + service);
            inv.println("             └─" + u.mainPid() + " " + u.execStart().replaceAll(" \\$\\w+", "")
                    + (u.name().equals("kubelet") ? " --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf"
                            + " --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml"
                            + " --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock" : ""));
        } else if (u.mainPid() > 0 && !u.result().equals("success")) {
            inv.println("    Process: " + u.mainPid() + " ExecStart=" + u.execStart() + " (code=exited, status=" + u.lastExitStatus() + "/FAILURE)");
            inv.println("   Main PID: " + u.mainPid() + " (code=exited, status=" + u.lastExitStatus() + "/FAILURE)");
        }
        List<JournalEntry> tail = node.journalOf(u.name()).orElseThrow().tail(10);
        if (!tail.isEmpty()) {
            inv.println("");
            tail.forEach(e -> inv.println(LogLines.journal(e, node.name())));
        }
    }

    private int change(Invocation inv, String verb, List<String> names) {
        if (names.isEmpty()) {
            return inv.fail(1, "Too few arguments.");
        }
        for (String name : names) {
            if (inv.node().unit(name).isEmpty()) {
                String unit = name.contains(".") ? name : name + ".service";
                inv.error("Failed to " + verb + " " + unit + ": Unit " + unit + " not found.");
                return 5;
            }
        }
        List<String> order = new ArrayList<>(names);
        if (verb.equals("stop")) {
            order.sort((a, b) -> Boolean.compare(!a.startsWith("kubelet"), !b.startsWith("kubelet")));
        } else {
            order.sort((a, b) -> Boolean.compare(!a.startsWith("containerd"), !b.startsWith("containerd")));
        }
        int status = 0;
        for (String name : order) {
            Optional<String> error = switch (verb) {
                case "stop" -> {
                    inv.os().systemd().stop(name, inv.now());
                    yield Optional.empty();
                }
                case "start" -> inv.os().systemd().start(name, inv.now());
                default -> inv.os().systemd().restart(name, inv.now());
            };
            if (error.isPresent()) {
                inv.error(error.get());
                status = 1;
            }
        }
        return status;
    }

    private int mask(Invocation inv, boolean mask, List<String> names) {
        for (String name : names) {
            String unit = name.contains(".") ? name : name + ".service";
            inv.os().systemd().mask(name, mask);
            if (mask) {
                inv.error("Created symlink /etc/systemd/system/" + unit + " → /dev/null.");
            } else {
                inv.error("Removed \"/etc/systemd/system/" + unit + "\".");
            }
        }
        return 0;
    }

    private int enable(Invocation inv, boolean enable, List<String> names, boolean now) {
        for (String name : names) {
            if (inv.node().unit(name).map(Unit::masked).orElse(false) && enable) {
                inv.error("Failed to enable unit: Unit file /etc/systemd/system/" + name + ".service is masked.");
                return 1;
            }
            inv.os().systemd().enable(name, enable);
            if (now && inv.node().unit(name).isPresent()) {
                if (enable) {
                    inv.os().systemd().start(name, inv.now()).ifPresent(inv::error);
                } else {
                    inv.os().systemd().stop(name, inv.now());
                }
            }
        }
        return 0;
    }

    private int listUnits(Invocation inv, boolean swapOnly) {
        if (swapOnly) {
            if (inv.node().swapActive()) {
                inv.println("dev-sda4.swap loaded active active " + NodeState.SWAP_DEVICE);
            }
            return 0;
        }
        inv.println("  UNIT                 LOAD   ACTIVE     SUB          DESCRIPTION");
        for (String name : List.of("containerd", "kubelet")) {
            Unit u = inv.node().unit(name).orElseThrow();
            inv.println(String.format("  %-20s %-6s %-10s %-12s %s", u.name() + ".service", u.masked() ? "masked" : "loaded",
                    u.state().active(), u.state().sub(), u.description()));
        }
        return 0;
    }
}
