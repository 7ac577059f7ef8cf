package io.ironbook.lab.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a simulated bare-metal node holds: power and boot, systemd units, filesystems, swap,
 * kernel modules and sysctls, files, journals and certificate expiry. Mutated only while holding
 * this object's monitor ({@code synchronized (state)}), by the shell and by the simulation tick.
 */
public final class NodeState {
    public static final String VAR_DEVICE = "/dev/sda3";
    public static final String SWAP_DEVICE = "/dev/sda4";

    private final String name;
    private final boolean controlPlane;
    private final String ip;
    private final ClusterLink cluster;
    final Random random;

    Power power = Power.RUNNING;
    String bootId = UUID.randomUUID().toString();
    Instant bootTime;
    Instant transitionAt;
    boolean rebootAfterHalt;
    int nextPid = 300;

    final Map<String, Unit> units = new LinkedHashMap<>();
    final List<Mount> mounts = new ArrayList<>();
    boolean swapActive;
    final long swapKb = 1_998_844;
    final Set<String> maskedExtra = new LinkedHashSet<>();
    final Set<String> modules = new LinkedHashSet<>();
    final Map<String, String> packages = new java.util.TreeMap<>();
    final Map<String, String> sysctls = new LinkedHashMap<>();
    final Vfs vfs = new Vfs();
    final Journal kubeletLog = new Journal();
    final Journal containerdLog = new Journal();
    final Journal systemLog = new Journal();
    final Journal kernelLog = new Journal();
    Instant certsNotAfter;
    boolean cniWatchAlive = true;
    boolean networkReady;
    String networkProblem = "";
    boolean cgroupMismatch;
    /** The SystemdCgroup value the running containerd read from its config when it started. */
    boolean runtimeSystemdCgroup = true;
    boolean kubeadmJoined = true;
    Instant lastNoise = Instant.EPOCH;

    NodeState(String name, boolean controlPlane, String ip, ClusterLink cluster, long seed) {
        this.name = name;
        this.controlPlane = controlPlane;
        this.ip = ip;
        this.cluster = cluster;
        this.random = new Random(seed);
        units.put("containerd", Unit.containerd());
        units.put("kubelet", Unit.kubelet());
    }

    public String name() {
        return name;
    }

    public boolean controlPlane() {
        return controlPlane;
    }

    public String ip() {
        return ip;
    }

    public ClusterLink cluster() {
        return cluster;
    }

    public Power power() {
        return power;
    }

    public String bootId() {
        return bootId;
    }

    public Instant bootTime() {
        return bootTime;
    }

    public Optional<Unit> unit(String unitName) {
        String plain = unitName.endsWith(".service") ? unitName.substring(0, unitName.length() - 8) : unitName;
        return Optional.ofNullable(units.get(plain));
    }

    public Unit kubelet() {
        return units.get("kubelet");
    }

    public Unit containerd() {
        return units.get("containerd");
    }

    public List<Mount> mounts() {
        return mounts;
    }

    public Optional<Mount> mountAt(String target) {
        return mounts.stream().filter(m -> m.target().equals(target) || m.device().equals(target)).findFirst();
    }

    /** The mount holding a path: the longest matching mount point. */
    public Mount mountOf(String path) {
        Mount best = mounts.get(0);
        for (Mount m : mounts) {
            String t = m.target();
            if (m.mounted() && (path.equals(t) || path.startsWith(t.equals("/") ? "/" : t + "/")) && t.length() > best.target().length()) {
                best = m;
            }
        }
        return best;
    }

    public Mount varMount() {
        return mountOf("/var/lib/containerd");
    }

    public boolean swapActive() {
        return swapActive;
    }

    public long swapKb() {
        return swapKb;
    }

    public Set<String> modules() {
        return modules;
    }

    /** The Debian packages installed (dpkg's database): name to version. */
    public Map<String, String> packages() {
        return packages;
    }

    public Map<String, String> sysctls() {
        return sysctls;
    }

    public Set<String> maskedExtra() {
        return maskedExtra;
    }

    public Vfs vfs() {
        return vfs;
    }

    public Journal kubeletLog() {
        return kubeletLog;
    }

    public Journal containerdLog() {
        return containerdLog;
    }

    public Journal systemLog() {
        return systemLog;
    }

    public Journal kernelLog() {
        return kernelLog;
    }

    public Instant certsNotAfter() {
        return certsNotAfter;
    }

    public boolean kubeadmJoined() {
        return kubeadmJoined;
    }

    /** The journal of a unit name, or empty for a unit the node does not have. */
    public Optional<Journal> journalOf(String unitName) {
        String plain = unitName.endsWith(".service") ? unitName.substring(0, unitName.length() - 8) : unitName;
        return switch (plain) {
            case "kubelet" -> Optional.of(kubeletLog);
            case "containerd" -> Optional.of(containerdLog);
            default -> Optional.empty();
        };
    }

    int newPid() {
        nextPid += 1 + random.nextInt(40);
        return nextPid;
    }

    void log(Journal journal, Instant time, String ident, int pid, String message) {
        journal.add(new JournalEntry(time, bootId, ident, pid, message));
    }

    void systemd(Journal journal, Instant time, String message) {
        log(journal, time, "systemd", 1, message);
    }

    void kernel(Instant time, String message) {
        log(kernelLog, time, "kernel", 0, message);
    }

    /** Writes a file if its filesystem is writable; false when it is read-only. */
    public boolean writeFile(String path, String content, Instant now) {
        if (mountOf(vfs.resolve(path)).readOnly()) {
            return false;
        }
        vfs.writeText(path, content, now);
        return true;
    }

    /** Whether the filesystem holding a path is writable. */
    public boolean writable(String path) {
        return !mountOf(vfs.resolve(path)).readOnly();
    }

    /** Creates a symbolic link; false when the filesystem is read-only. */
    public boolean link(String link, String target, Instant now) {
        if (!writable(Vfs.parent(link))) {
            return false;
        }
        vfs.link(link, target, now);
        return true;
    }

    /** Removes a file, link or folder tree; false when the filesystem is read-only. */
    public boolean remove(String path) {
        if (!writable(path)) {
            return false;
        }
        return vfs.remove(path);
    }

    /** Creates folders; false when the filesystem is read-only. */
    public boolean mkdirs(String path, Instant now) {
        if (!writable(path)) {
            return false;
        }
        vfs.mkdirs(path, now);
        return true;
    }

    public void setSwapActive(boolean active) {
        swapActive = active;
    }

    public void setCertsNotAfter(Instant notAfter) {
        certsNotAfter = notAfter;
    }

    public void setKubeadmJoined(boolean joined) {
        kubeadmJoined = joined;
    }

    /** containerd's watch of the CNI config folder died (it then needs a restart to see changes). */
    public void setCniWatchAlive(boolean alive) {
        cniWatchAlive = alive;
    }

    public boolean cgroupMismatch() {
        return cgroupMismatch;
    }

    public boolean networkReady() {
        return networkReady;
    }

    /** Writes a line to the system journal (not a unit's). */
    public void logSystem(Instant time, String ident, String message) {
        log(systemLog, time, ident, newPid(), message);
    }

    /** Writes a line to the kernel ring buffer. */
    public void logKernel(Instant time, String message) {
        kernel(time, message);
    }

    /** Writes a line to a unit's journal as the unit's main process. */
    public void logUnit(String unitName, Instant time, String message) {
        Unit unit = unit(unitName).orElseThrow();
        log(journalOf(unitName).orElseThrow(), time, unit.name(), unit.mainPid(), message);
    }

    /** Moves a file, link or folder tree; false when either side is read-only. */
    public boolean rename(String from, String to, Instant now) {
        if (!writable(from) || !writable(Vfs.parent(to))) {
            return false;
        }
        vfs.rename(from, to, now);
        return true;
    }
}
