package io.ironbook.remote;

/**
 * What to do with a host key that no known_hosts file lists. A key that differs from a listed one,
 * or a revoked key, is refused under every policy; there is no policy that trusts every key.
 */
public enum HostKeyPolicy {
    /** Refuse unknown hosts (OpenSSH's {@code StrictHostKeyChecking yes}). */
    STRICT,
    /** Record the key of a host never seen before, then trust it ({@code StrictHostKeyChecking accept-new}). */
    ACCEPT_NEW
}
