package io.ironbook.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The settings gathered so far for one node or hop. */
final class TargetDraft {
    String node;
    String host;
    Integer port;
    String user;
    final List<Path> identityFiles = new ArrayList<>();
    boolean identitiesOnly;
    String jumpSpec;
    String proxyCommand;
    Origin jumpOrigin;
    String hostKeyAlias;
    HostKeyPolicy policy;
    final List<Path> knownHostsFiles = new ArrayList<>();
    final List<Origin> origins = new ArrayList<>();

    TargetDraft(String node) {
        this.node = node;
    }

    List<SshTarget> jumps(TargetResolver resolver, int depth) {
        if (proxyCommand != null) {
            return resolver.proxyCommandJumps(proxyCommand, jumpOrigin, depth);
        }
        return resolver.resolveJumps(jumpSpec, jumpOrigin, depth);
    }

    SshTarget build(TargetResolver resolver, int depth) {
        List<SshTarget> hops = jumpSpec != null || proxyCommand != null ? jumps(resolver, depth + 1) : List.of();
        if (jumpOrigin != null && !hops.isEmpty()) {
            origins.add(jumpOrigin);
        }
        return target(hops, resolver.localUser());
    }

    SshTarget target(List<SshTarget> hops, String defaultUser) {
        return new SshTarget(node, host, port == null ? 22 : port, user == null ? defaultUser : user,
                identityFiles, identitiesOnly, hops, Optional.ofNullable(hostKeyAlias),
                policy == null ? HostKeyPolicy.STRICT : policy, knownHostsFiles, origins);
    }
}
