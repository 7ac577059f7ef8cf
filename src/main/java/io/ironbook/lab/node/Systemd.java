package io.ironbook.lab.node;

import java.time.Instant;
import java.util.Optional;

/**
 * systemd's handling of the kubelet and containerd units on one node: start, stop, restart, mask,
 * enable, the auto-restart loop with its counter, and the journal lines each step writes. Callers
 * hold the node's lock.
 */
public final class Systemd {
    private final NodeState node;
    private final Processes processes;

    Systemd(NodeState node) {
        this.node = node;
        this.processes = new Processes(node);
    }

    /**
     * Starts a unit as {@code systemctl start} does; empty on success, else the error systemctl prints.
     */
    public Optional<String> start(String name, Instant now) {
        Unit unit = node.unit(name).orElseThrow();
        String service = unit.name() + ".service";
        if (unit.masked) {
            return Optional.of("Failed to start " + service + ": Unit " + service + " is masked.");
        }
        if (unit.name().equals("kubelet") && node.controlPlane() && node.cluster().vipDown()) {
            node.cluster().setVipDown(false);
            node.logSystem(now, "kube-vip", LogLines.logfmt(now, "info", "Broadcasting ARP update for " + node.cluster().endpoint().split(":")[0]
                    + " via eth0", null));
        }
        if (unit.state == UnitState.ACTIVE) {
            return Optional.empty();
        }
        boolean ok = launch(unit, now);
        if (!ok && unit.name().equals("containerd")) {
            return Optional.of("Job for " + service + " failed because the control process exited with error code.\n"
                    + "See \"systemctl status " + service + "\" and \"journalctl -xeu " + service + "\" for details.");
        }
        return Optional.empty();
    }

    /** Stops a unit as {@code systemctl stop} does, with the consequences for units that depend on it. */
    public void stop(String name, Instant now) {
        Unit unit = node.unit(name).orElseThrow();
        Journal journal = node.journalOf(unit.name()).orElseThrow();
        if (unit.state == UnitState.ACTIVE) {
            node.systemd(journal, now, "Stopping " + unit.name() + ".service - " + unit.description() + "...");
            if (unit.name().equals("containerd")) {
                node.log(journal, now, "containerd", unit.mainPid, LogLines.logfmt(now, "info", "Stop CRI service", null));
            }
            node.systemd(journal, now, unit.name() + ".service: Deactivated successfully.");
            node.systemd(journal, now, "Stopped " + unit.name() + ".service - " + unit.description() + ".");
            unit.result = "success";
        } else if (unit.state == UnitState.AUTO_RESTART) {
            node.systemd(journal, now, "Stopped " + unit.name() + ".service - " + unit.description() + ".");
        }
        unit.state = UnitState.INACTIVE;
        unit.since = now;
        unit.nextRestart = null;
        consequences(now);
    }

    public Optional<String> restart(String name, Instant now) {
        Unit unit = node.unit(name).orElseThrow();
        if (unit.masked) {
            String service = unit.name() + ".service";
            return Optional.of("Failed to restart " + service + ": Unit " + service + " is masked.");
        }
        stop(name, now);
        return start(name, now);
    }

    /** Runs a unit's process; true when it keeps running, false when it exits (then auto-restart). */
    boolean launch(Unit unit, Instant now) {
        Journal journal = node.journalOf(unit.name()).orElseThrow();
        unit.mainPid = node.newPid();
        boolean notify = unit.name().equals("containerd");
        if (notify) {
            node.systemd(journal, now, "Starting " + unit.name() + ".service - " + unit.description() + "...");
        } else {
            node.systemd(journal, now, "Started " + unit.name() + ".service - " + unit.description() + ".");
        }
        Optional<String> failure = unit.name().equals("containerd")
                ? processes.runContainerd(unit, now) : processes.runKubelet(unit, now);
        if (failure.isPresent()) {
            exited(unit, now, notify);
            return false;
        }
        if (notify) {
            node.systemd(journal, now, "Started " + unit.name() + ".service - " + unit.description() + ".");
        }
        unit.state = UnitState.ACTIVE;
        unit.since = now;
        unit.nextRestart = null;
        unit.result = "success";
        consequences(now);
        return true;
    }

    /** The main process exited with status 1: systemd schedules the restart (Restart=always). */
    void exited(Unit unit, Instant now, boolean startJobFailed) {
        Journal journal = node.journalOf(unit.name()).orElseThrow();
        String service = unit.name() + ".service";
        node.systemd(journal, now, service + ": Main process exited, code=exited, status=1/FAILURE");
        node.systemd(journal, now, service + ": Failed with result 'exit-code'.");
        if (startJobFailed) {
            node.systemd(journal, now, "Failed to start " + service + " - " + unit.description() + ".");
        }
        unit.state = UnitState.AUTO_RESTART;
        unit.result = "exit-code";
        unit.lastExitStatus = 1;
        unit.since = now;
        unit.nextRestart = now.plus(unit.restartDelay());
        consequences(now);
    }

    /** Restarts units whose restart delay has passed, and keeps dependent units consistent. */
    void tick(Instant now) {
        for (Unit unit : node.units.values()) {
            if (unit.state == UnitState.AUTO_RESTART && unit.nextRestart != null && !now.isBefore(unit.nextRestart)) {
                Journal journal = node.journalOf(unit.name()).orElseThrow();
                unit.restarts++;
                node.systemd(journal, now, unit.name() + ".service: Scheduled restart job, restart counter is at " + unit.restarts + ".");
                node.systemd(journal, now, "Stopped " + unit.name() + ".service - " + unit.description() + ".");
                launch(unit, now);
            }
        }
        processes.refreshNetwork(now);
    }

    /** A running kubelet whose runtime went away crashes (and then loops on the missing CRI socket). */
    void consequences(Instant now) {
        Unit kubelet = node.kubelet();
        if (kubelet.state == UnitState.ACTIVE && node.containerd().state != UnitState.ACTIVE) {
            processes.runtimeLost(kubelet, now);
            exited(kubelet, now, false);
        }
        if (node.containerd().state != UnitState.ACTIVE) {
            node.networkReady = false;
        }
    }

    public void mask(String name, boolean masked) {
        node.unit(name).ifPresentOrElse(u -> u.masked = masked, () -> {
            if (masked) {
                node.maskedExtra.add(name);
            } else {
                node.maskedExtra.remove(name);
            }
        });
    }

    public void enable(String name, boolean enabled) {
        node.unit(name).ifPresent(u -> u.enabled = enabled);
    }

    /** Starts the enabled units at the end of a boot, containerd first. */
    void bootUnits(Instant now) {
        for (Unit unit : node.units.values()) {
            unit.restarts = 0;
            unit.state = UnitState.INACTIVE;
            unit.nextRestart = null;
            if (unit.enabled && !unit.masked) {
                launch(unit, now);
            }
        }
    }

    Processes processes() {
        return processes;
    }
}
