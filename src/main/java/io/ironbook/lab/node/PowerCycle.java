package io.ironbook.lab.node;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Power and boot of a simulated machine: clean shutdown (with systemd's wait when containerd is still
 * running), hard power loss (which leaves the /var journal dirty), power-on and the boot sequence with
 * its kernel messages, swap, modules, sysctls and units. Callers hold the node's lock.
 */
final class PowerCycle {
    static final Duration BOOT = Duration.ofSeconds(20);
    static final Duration CLEAN_HALT = Duration.ofSeconds(3);
    /** systemd's DefaultTimeoutStopSec, which containerd's hang runs into. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    static final Duration REBOOT_POST = Duration.ofSeconds(5);
    private final NodeState node;
    private final Systemd systemd;

    PowerCycle(NodeState node, Systemd systemd) {
        this.node = node;
        this.systemd = systemd;
    }

    /** {@code shutdown -h now} or {@code reboot}: units stop, the machine halts (and comes back). */
    void shutdown(Instant now, boolean reboot) {
        if (node.power != Power.RUNNING) {
            return;
        }
        node.systemd(node.systemLog, now, "Stopping session-" + (node.random.nextInt(90) + 3) + ".scope - Session of User root...");
        node.systemd(node.systemLog, now, "Reached target " + (reboot ? "reboot.target - System Reboot" : "poweroff.target - System Power Off") + ".");
        boolean hang = node.containerd().running();
        for (String name : new String[] {"kubelet", "containerd"}) {
            Unit unit = node.units.get(name);
            if (unit.state == UnitState.ACTIVE || unit.state == UnitState.AUTO_RESTART) {
                if (hang && name.equals("containerd")) {
                    node.systemd(node.containerdLog, now, "Stopping containerd.service - containerd container runtime...");
                    unit.state = UnitState.DEACTIVATING;
                } else {
                    systemd.stop(name, now);
                }
            }
        }
        node.power = Power.SHUTTING_DOWN;
        node.rebootAfterHalt = reboot;
        node.transitionAt = now.plus(hang ? STOP_TIMEOUT : CLEAN_HALT);
    }

    /** The power is cut: everything stops at once and the /var journal is left dirty. */
    void powerLoss(Instant now) {
        for (Mount m : node.mounts) {
            if (!m.readOnly && m.target().equals("/var")) {
                m.journalDirty = true;
            }
        }
        halt();
        node.transitionAt = null;
    }

    void powerOn(Instant now) {
        if (node.power == Power.HALTED) {
            node.power = Power.BOOTING;
            node.transitionAt = now.plus(BOOT);
        }
    }

    void tick(Instant now) {
        if (node.transitionAt == null || now.isBefore(node.transitionAt)) {
            return;
        }
        switch (node.power) {
            case SHUTTING_DOWN -> {
                Unit containerd = node.containerd();
                if (containerd.state == UnitState.DEACTIVATING) {
                    Instant at = node.transitionAt;
                    node.systemd(node.containerdLog, at, "containerd.service: State 'stop-sigterm' timed out. Killing.");
                    node.systemd(node.containerdLog, at, "containerd.service: Killing process " + containerd.mainPid + " (containerd) with signal SIGKILL.");
                    node.systemd(node.containerdLog, at, "containerd.service: Failed with result 'timeout'.");
                    node.systemd(node.containerdLog, at, "Stopped containerd.service - containerd container runtime.");
                }
                node.kernel(node.transitionAt, node.rebootAfterHalt ? "reboot: Restarting system" : "reboot: Power down");
                halt();
                node.transitionAt = node.rebootAfterHalt ? now.plus(REBOOT_POST) : null;
            }
            case HALTED -> {
                node.power = Power.BOOTING;
                node.transitionAt = now.plus(BOOT);
            }
            case BOOTING -> boot(node.transitionAt.minus(BOOT), now);
            default -> node.transitionAt = null;
        }
    }

    private void halt() {
        node.power = Power.HALTED;
        for (Unit unit : node.units.values()) {
            unit.state = UnitState.INACTIVE;
            unit.nextRestart = null;
        }
        node.swapActive = false;
        node.networkReady = false;
    }

    /** The boot: kernel, filesystems (a dirty /var comes up read-only), swap, modules, sysctls, units. */
    void boot(Instant start, Instant now) {
        node.bootId = UUID.randomUUID().toString();
        node.bootTime = start;
        node.nextPid = 1;
        node.transitionAt = null;
        node.kernel(start, "Linux version 6.1.0-26-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40)"
                + " #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30)");
        node.kernel(start.plusMillis(10), "Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-26-amd64 root=UUID=3f1c0a77-51c4-4f0e-9a2b-6c7d2e1f9b10 ro quiet");
        Instant t = start.plusMillis(3900);
        for (Mount m : node.mounts) {
            if (!m.fstype().equals("ext4")) {
                continue;
            }
            String dev = m.device().substring(5);
            if (m.journalDirty) {
                node.kernel(t, "EXT4-fs (" + dev + "): recovery complete");
                node.kernel(t, "EXT4-fs (" + dev + "): warning: mounting fs with errors, running e2fsck is recommended");
                node.kernel(t, "EXT4-fs (" + dev + "): mounted filesystem with ordered data mode. Quota mode: none.");
                Instant later = t.plusMillis(1200);
                node.kernel(later, "EXT4-fs error (device " + dev + "): ext4_validate_block_bitmap:390: comm containerd: bg 1124: bad block bitmap checksum");
                node.kernel(later, "Aborting journal on device " + dev + "-8.");
                node.kernel(later, "EXT4-fs (" + dev + "): Remounting filesystem read-only");
                m.readOnly = true;
                m.errors = true;
            } else {
                node.kernel(t, "EXT4-fs (" + dev + "): mounted filesystem with ordered data mode. Quota mode: none.");
                m.readOnly = false;
            }
        }
        bootSettings(t);
        node.nextPid = 300;
        node.power = Power.RUNNING;
        node.lastNoise = now;
        systemd.bootUnits(now);
    }

    /** Swap from /etc/fstab unless masked, modules from modules-load.d, sysctls from sysctl.d. */
    void bootSettings(Instant t) {
        String fstab = node.vfs.read("/etc/fstab").orElse("");
        boolean swapInFstab = fstab.lines().anyMatch(l -> !l.strip().startsWith("#") && l.contains(" swap "));
        boolean masked = node.maskedExtra.contains("swap.target") || node.maskedExtra.contains("dev-sda4.swap");
        node.swapActive = swapInFstab && !masked;
        if (node.swapActive) {
            node.kernel(t, "Adding " + node.swapKb + "k swap on " + NodeState.SWAP_DEVICE + ".  Priority:-2 extents:1 across:" + node.swapKb + "k SS");
        }
        node.modules.retainAll(java.util.Set.of("ext4", "crc16", "mbcache", "jbd2", "e1000e", "nvme"));
        for (String file : node.vfs.list("/etc/modules-load.d")) {
            node.vfs.read("/etc/modules-load.d/" + file).orElse("").lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(node.modules::add);
        }
        if (node.modules.contains("br_netfilter")) {
            node.modules.add("bridge");
        }
        node.sysctls.put("net.ipv4.ip_forward", "0");
        node.sysctls.remove("net.bridge.bridge-nf-call-iptables");
        node.sysctls.remove("net.bridge.bridge-nf-call-ip6tables");
        if (node.modules.contains("br_netfilter")) {
            node.sysctls.put("net.bridge.bridge-nf-call-iptables", "1");
            node.sysctls.put("net.bridge.bridge-nf-call-ip6tables", "1");
        }
        for (String file : node.vfs.list("/etc/sysctl.d")) {
            node.vfs.read("/etc/sysctl.d/" + file).orElse("").lines()
                    .map(String::strip).filter(l -> l.contains("=") && !l.startsWith("#"))
                    .forEach(l -> {
                        String key = l.substring(0, l.indexOf('=')).strip();
                        if (!key.startsWith("net.bridge.") || node.modules.contains("br_netfilter")) {
                            node.sysctls.put(key, l.substring(l.indexOf('=') + 1).strip());
                        }
                    });
        }
    }
}
