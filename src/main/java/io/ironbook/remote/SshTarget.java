package io.ironbook.remote;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where and how to reach one node over SSH, with the chain of sources that decided it.
 *
 * @param node          the name the operator used (the Kubernetes node or inventory host name)
 * @param host          the address or name to connect to
 * @param port          the TCP port
 * @param user          the remote user
 * @param identityFiles private keys to offer, in order (empty: the usual defaults)
 * @param identitiesOnly offer only {@code identityFiles}, not the agent's keys
 * @param jumps         hosts to tunnel through, first hop first (OpenSSH's {@code ProxyJump})
 * @param hostKeyAlias  the name to look the host key up under, when not {@code host}
 * @param hostKeyPolicy what to do with a host key nobody has seen before
 * @param knownHostsFiles known_hosts files for this target besides the shell's ({@code UserKnownHostsFile})
 * @param origins       where each setting came from, the address first
 */
public record SshTarget(
        String node,
        String host,
        int port,
        String user,
        List<Path> identityFiles,
        boolean identitiesOnly,
        List<SshTarget> jumps,
        Optional<String> hostKeyAlias,
        HostKeyPolicy hostKeyPolicy,
        List<Path> knownHostsFiles,
        List<Origin> origins) {

    public SshTarget {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        identityFiles = List.copyOf(identityFiles);
        jumps = List.copyOf(jumps);
        hostKeyAlias = Objects.requireNonNull(hostKeyAlias);
        hostKeyPolicy = Objects.requireNonNull(hostKeyPolicy);
        knownHostsFiles = List.copyOf(knownHostsFiles);
        origins = List.copyOf(origins);
    }

    /** A plain target with no jumps, default keys and strict host keys, for tests and the lab. */
    public static SshTarget of(String node, String host, int port, String user) {
        return new SshTarget(node, host, port, user, List.of(), false, List.of(), Optional.empty(),
                HostKeyPolicy.STRICT, List.of(), List.of(new Origin("host", host, "given", 0)));
    }

    /** The name the host key must be listed under in known_hosts. */
    public String hostKeyName() {
        return hostKeyAlias.orElse(host);
    }

    /** {@code host:port}. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** This target with other identity files. */
    public SshTarget withIdentityFiles(List<Path> files) {
        return new SshTarget(node, host, port, user, files, identitiesOnly, jumps, hostKeyAlias, hostKeyPolicy, knownHostsFiles, origins);
    }

    /** This target with another host-key policy. */
    public SshTarget withHostKeyPolicy(HostKeyPolicy policy) {
        return new SshTarget(node, host, port, user, identityFiles, identitiesOnly,
                jumps.stream().map(j -> j.withHostKeyPolicy(policy)).toList(), hostKeyAlias, policy,
                knownHostsFiles, origins);
    }

    /** This target reached through the given jump hosts. */
    public SshTarget withJumps(List<SshTarget> hops) {
        return new SshTarget(node, host, port, user, identityFiles, identitiesOnly, hops, hostKeyAlias, hostKeyPolicy, knownHostsFiles, origins);
    }

    /**
     * One line saying how the node is reached and what decided it, for example
     * {@code k8s-worker-01 → 10.0.0.11:22 as ops via bastion — hosts.ini:12}.
     */
    public String describe() {
        StringBuilder line = new StringBuilder(node).append(" → ").append(address()).append(" as ").append(user);
        if (!jumps.isEmpty()) {
            line.append(" via ").append(jumps.stream().map(SshTarget::node).collect(Collectors.joining(" → ")));
        }
        if (!origins.isEmpty()) {
            line.append(" — ").append(origins.get(0).location());
        }
        return line.toString();
    }

    /**
     * Every setting and its source, one per line, the jump hosts after the target, for the console's
     * "how is this node reached" view.
     */
    public List<String> explain() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(describe());
        for (Origin origin : origins) {
            lines.add("  " + origin.setting() + " " + origin.value() + "  (" + origin.location() + ")");
        }
        for (SshTarget jump : jumps) {
            lines.add("  via " + jump.describe());
        }
        lines.add("  host key checked as " + (port == 22 ? hostKeyName() : "[" + hostKeyName() + "]:" + port)
                + ", " + (hostKeyPolicy == HostKeyPolicy.STRICT ? "strict" : "accept-new"));
        return lines;
    }

    /** A stable key for pooling connections: the same address, user, keys and route share one. */
    String connectionKey() {
        StringBuilder key = new StringBuilder(user).append('@').append(address()).append('/').append(hostKeyName());
        for (SshTarget jump : jumps) {
            key.append(" via ").append(jump.connectionKey());
        }
        return key.append(' ').append(identityFiles).append(identitiesOnly).toString();
    }
}
