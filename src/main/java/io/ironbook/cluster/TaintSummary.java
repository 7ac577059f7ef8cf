package io.ironbook.cluster;

/** A taint on a Node: key, optional value, and effect (NoSchedule, PreferNoSchedule, NoExecute). */
public record TaintSummary(String key, String value, String effect) {

    public TaintSummary {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        effect = effect == null ? "" : effect;
    }

    /** The kubectl spelling: {@code key=value:Effect} or {@code key:Effect}. */
    @Override
    public String toString() {
        return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
    }
}
