package io.ironbook.lab.node;

/**
 * One mounted filesystem of a simulated node, with its ext4 journal state and usage. Guarded by the
 * owning {@link NodeState}'s lock.
 */
public final class Mount {
    private final String device;
    private final String target;
    private final String fstype;
    private final long sizeKb;
    boolean readOnly;
    boolean mounted = true;
    boolean journalDirty;
    boolean errors;
    long usedKb;
    long inodes = 6_553_600;
    long inodesUsed;

    Mount(String device, String target, String fstype, long sizeKb, long usedKb) {
        this.device = device;
        this.target = target;
        this.fstype = fstype;
        this.sizeKb = sizeKb;
        this.usedKb = usedKb;
        this.inodesUsed = usedKb / 40;
    }

    public String device() {
        return device;
    }

    public String target() {
        return target;
    }

    public String fstype() {
        return fstype;
    }

    public long sizeKb() {
        return sizeKb;
    }

    public long usedKb() {
        return usedKb;
    }

    public long inodes() {
        return inodes;
    }

    public long inodesUsed() {
        return inodesUsed;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public boolean journalDirty() {
        return journalDirty;
    }

    public boolean errors() {
        return errors;
    }

    /** The options column of {@code /proc/mounts}. */
    public String options() {
        return (readOnly ? "ro" : "rw") + ",relatime" + (target.equals("/") ? ",errors=remount-ro" : "");
    }

    public int usePercent() {
        return (int) Math.min(100, Math.ceil(usedKb * 100.0 / sizeKb));
    }

    public void remount(boolean ro) {
        readOnly = ro;
    }

    /** fsck repaired the filesystem: the journal is replayed and the error flag cleared. */
    public void repair() {
        journalDirty = false;
        errors = false;
    }

    public void setUsedKb(long used) {
        usedKb = Math.max(0, Math.min(sizeKb, used));
    }

    /** Marks the journal dirty, as an unclean power-off does. */
    public void markDirty() {
        journalDirty = true;
    }

    public boolean mounted() {
        return mounted;
    }

    public void setMounted(boolean value) {
        mounted = value;
    }
}
