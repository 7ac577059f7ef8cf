package io.ironbook.cluster;

/**
 * A failure talking to the cluster, with a message meant for the operator: one line that names the
 * file, context, address, or the verb and resource that was refused.
 */
public final class ClusterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure it was, so that callers can pick an exit status or a retry policy. */
    public enum Kind {
        /** The kubeconfig is missing, unreadable, or names no usable context. */
        CONFIG,
        /** The API server could not be reached at its address. */
        UNREACHABLE,
        /** The credentials were rejected (HTTP 401). */
        UNAUTHORIZED,
        /** The credentials are not allowed this verb on this resource (HTTP 403). */
        FORBIDDEN,
        /** The object does not exist (HTTP 404), e.g. an unknown node. */
        NOT_FOUND,
        /** Someone else changed the object first, e.g. a node lease now held by another holder. */
        CONFLICT,
        /** A wait or a drain did not finish in time. */
        TIMEOUT,
        /** Anything else the API server answered. */
        API
    }

    private final Kind kind;

    public ClusterException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ClusterException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
