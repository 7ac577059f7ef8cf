package io.ironbook.cluster;

/** A pod, by namespace, name and UID (a pod recreated under the same name has a new UID). */
public record PodRef(String namespace, String name, String uid) {

    public PodRef {
        uid = uid == null ? "" : uid;
    }

    /** {@code namespace/name}, as kubectl lists pods in its drain messages. */
    @Override
    public String toString() {
        return namespace + "/" + name;
    }
}
