package io.ironbook.lab;

import io.ironbook.lab.node.NodeHealth;
import io.ironbook.lab.node.Power;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lab's run-time control language, one command per line (what {@code ironbook lab} reads on
 * stdin): {@code scenario NAME [NODE]}, {@code power-off NODE}, {@code power-on NODE}, {@code status},
 * {@code help}. Each command returns the text to show; a bad command is reported, never thrown.
 */
public final class LabControl {
    /** The help text. */
    public static final String HELP = """
            scenario NAME [NODE]   trigger a scenario now (%s)
            power-off NODE         cut a node's power (no clean shutdown: the /var journal is left dirty)
            power-on NODE          power a halted node on (it boots, with a new boot id)
            status                 every node's power, kubelet heartbeat, boot id and SSH port; whether the API answers
            help                   this text
            quit                   stop the lab""".formatted(Scenario.ids());
    private final Lab lab;

    public LabControl(Lab lab) {
        this.lab = lab;
    }

    /** Runs one command line and returns what to print. */
    public String execute(String line) {
        List<String> words = List.of(line.strip().split("\\s+"));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return "";
        }
        try {
            return switch (words.get(0).toLowerCase(Locale.ROOT)) {
                case "scenario" -> scenario(words);
                case "power-off" -> {
                    lab.powerOff(arg(words, "power-off NODE"));
                    yield "power cut on " + words.get(1);
                }
                case "power-on" -> powerOn(arg(words, "power-on NODE"));
                case "status" -> status();
                case "help", "?" -> HELP;
                default -> "unknown command '" + words.get(0) + "' (try: help)";
            };
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Presses the power button; says so when it does nothing (the machine is not halted yet, or runs). */
    private String powerOn(String node) {
        Power power = lab.health(node).power();
        if (power == Power.SHUTTING_DOWN) {
            return node + " is still shutting down; power it on once it has halted";
        }
        if (power != Power.HALTED) {
            return node + " is already " + (power == Power.BOOTING ? "booting" : "running");
        }
        lab.powerOn(node);
        return node + " powering on";
    }

    private String scenario(List<String> words) {
        if (words.size() < 2 || words.size() > 3) {
            return "usage: scenario NAME [NODE]";
        }
        Scenario scenario = Scenario.byId(words.get(1))
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + words.get(1) + "' (known: " + Scenario.ids() + ")"));
        Optional<String> node = words.size() == 3 ? Optional.of(words.get(2)) : Optional.empty();
        lab.trigger(scenario, node);
        return "scenario " + scenario.id() + " triggered" + node.map(n -> " on " + n).orElse("");
    }

    private static String arg(List<String> words, String usage) {
        if (words.size() != 2) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return words.get(1);
    }

    private String status() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-12s %-14s %-12s %-10s %s", "NODE", "POWER", "HEARTBEAT", "BOOT", "SSH"));
        for (String node : lab.nodeNames()) {
            NodeHealth h = lab.health(node);
            lines.add(String.format(Locale.ROOT, "%-12s %-14s %-12s %-10s 127.0.0.1:%d", node, h.power().name().toLowerCase(Locale.ROOT),
                    h.heartbeating() ? "yes" : "no", h.bootId().substring(0, 8), lab.sshPort(node)));
        }
        if (!lab.apiServing()) {
            lines.add("the API " + lab.apiUrl() + " is down: every control plane is off (power one on to bring it back)");
        }
        if (lab.vipDown()) {
            lines.add("the control-plane VIP " + Lab.VIP + " is down (restart kubelet on a control plane to bring kube-vip back)");
        }
        return String.join("\n", lines);
    }
}
