package io.ironbook.remote;

import java.io.IOException;
import java.util.Objects;

/**
 * A node could not be reached, trusted or logged into, or the connection broke. The {@link #failure()}
 * says which, so that callers can tell an unreachable node from an untrusted one.
 */
public class RemoteException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarsely. */
    public enum Failure {
        /** TCP connect failed or timed out, or the name did not resolve. */
        UNREACHABLE,
        /** No known_hosts file lists a key for the host, and the policy is strict. */
        HOST_KEY_UNKNOWN,
        /** The host presented a key different from the listed one: possibly an attack. */
        HOST_KEY_CHANGED,
        /** The host presented a key marked {@code @revoked}. */
        HOST_KEY_REVOKED,
        /** No offered key was accepted, or a key could not be unlocked. */
        AUTH_FAILED,
        /** The connection broke while a command ran. */
        DISCONNECTED,
        /** Any other SSH protocol failure. */
        PROTOCOL
    }

    private final Failure failure;
    private final String node;

    public RemoteException(Failure failure, String node, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure);
        this.node = node;
    }

    public RemoteException(Failure failure, String node, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure);
        this.node = node;
    }

    public Failure failure() {
        return failure;
    }

    /** The node the failure concerns. */
    public String node() {
        return node;
    }

    /** True for the host-key failures, which are security errors rather than outages. */
    public boolean isSecurityError() {
        return failure == Failure.HOST_KEY_CHANGED || failure == Failure.HOST_KEY_REVOKED;
    }
}
