package io.ironbook.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides how to reach a node, as operators already do: the Ansible inventory first (its
 * {@code ansible_*} variables win), then the OpenSSH client config for whatever the inventory left
 * open (looked up under the inventory's {@code ansible_host}, as {@code ssh} would), then the node's
 * InternalIP from the cluster. Every setting remembers its source ({@link SshTarget#origins()}).
 */
public final class TargetResolver {

    /** Finds a node's address in the cluster (its InternalIP), for nodes no file names. */
    @FunctionalInterface
    public interface AddressLookup {
        /** No cluster to ask. */
        AddressLookup NONE = node -> Optional.empty();

        Optional<String> internalAddress(String node);
    }

    private static final int MAX_JUMP_DEPTH = 8;

    private final Optional<AnsibleInventory> inventory;
    private final SshConfig sshConfig;
    private final AddressLookup cluster;
    private final String localUser;
    private final Path home;

    /**
     * @param inventory the Ansible inventory, if any
     * @param sshConfig the ssh client config ({@link SshConfig#empty()} when there is none)
     * @param cluster   the fallback for nodes no file names
     * @param localUser the user to log in as when nothing says otherwise
     * @param home      the operator's home, for {@code ~} in paths and the default keys
     */
    public TargetResolver(Optional<AnsibleInventory> inventory, SshConfig sshConfig, AddressLookup cluster,
                          String localUser, Path home) {
        this.inventory = Objects.requireNonNull(inventory);
        this.sshConfig = Objects.requireNonNull(sshConfig);
        this.cluster = Objects.requireNonNull(cluster);
        this.localUser = Objects.requireNonNull(localUser);
        this.home = Objects.requireNonNull(home);
    }

    String localUser() {
        return localUser;
    }

    /** The inventory, if one was given. */
    public Optional<AnsibleInventory> inventory() {
        return inventory;
    }

    /**
     * The nodes of an inventory group ({@code all} included).
     *
     * @throws UnknownNodeException when there is no inventory or no such group
     */
    public List<String> group(String name) {
        AnsibleInventory inv = inventory.orElseThrow(() ->
                new UnknownNodeException(name, "--group needs an inventory (--inventory FILE)"));
        return inv.hostsOf(name).orElseThrow(() -> new UnknownNodeException(name,
                "unknown group '" + name + "' in " + inv.file() + " (groups: " + String.join(", ", inv.groups()) + ")"));
    }

    /** Every node the files name: the inventory's hosts, else the ssh_config's literal Host names. */
    public List<String> all() {
        if (inventory.isPresent()) {
            return inventory.get().hosts();
        }
        return List.copyOf(new LinkedHashSet<>(sshConfig.hostNames()));
    }

    /**
     * How to reach the node.
     *
     * @throws UnknownNodeException   when no source knows the node
     * @throws InvalidConfigException when a setting that applies is unusable (a bad port, a ProxyCommand
     *                                other than {@code ssh -W %h:%p})
     */
    public SshTarget resolve(String node) {
        TargetDraft draft = new TargetDraft(node);
        String lookupName = node;
        if (inventory.isPresent() && inventory.get().hasHost(node)) {
            AnsibleInventory inv = inventory.get();
            Map<String, AnsibleInventory.Value> vars = inv.varsOf(node);
            AnsibleInventory.Value host = first(vars, "ansible_host", "ansible_ssh_host");
            if (host != null && !host.value().isBlank()) {
                draft.host = host.value();
                draft.origins.add(host.origin("ansible_host"));
            } else {
                draft.origins.add(inv.hostOrigin(node));
            }
            lookupName = draft.host != null ? draft.host : node;
            AnsibleInventory.Value port = first(vars, "ansible_port", "ansible_ssh_port");
            if (port != null) {
                draft.port = parsePort(port.value(), port.file(), port.line());
                draft.origins.add(port.origin("ansible_port"));
            }
            AnsibleInventory.Value user = first(vars, "ansible_user", "ansible_ssh_user");
            if (user != null && !user.value().isBlank()) {
                draft.user = user.value();
                draft.origins.add(user.origin("ansible_user"));
            }
            AnsibleInventory.Value key = first(vars, "ansible_ssh_private_key_file", "ansible_private_key_file");
            if (key != null && !key.value().isBlank()) {
                draft.identityFiles.add(expandPath(key.value(), draft, node));
                draft.origins.add(key.origin("ansible_ssh_private_key_file"));
            }
            for (String argsVar : List.of("ansible_ssh_common_args", "ansible_ssh_extra_args")) {
                AnsibleInventory.Value args = vars.get(argsVar);
                if (args != null && !args.value().isBlank()) {
                    AnsibleSshArgs.apply(draft, args, argsVar, path -> expandPath(path, draft, node));
                }
            }
        } else if (!sshConfig.names(node)) {
            Optional<String> address = cluster.internalAddress(node);
            if (address.isEmpty()) {
                throw new UnknownNodeException(node, "unknown node '" + node + "': "
                        + inventory.map(i -> "not in " + i.file() + ", ").orElse("")
                        + (sshConfig.hostNames().isEmpty() && sshConfig.file().toString().equals("(none)")
                                ? "no ssh config" : "no Host for it in " + sshConfig.file())
                        + ", and the cluster does not list it");
            }
            draft.host = address.get();
            draft.origins.add(new Origin("InternalIP", address.get(), "cluster API", 0));
            lookupName = address.get();
        }
        applySshConfig(draft, lookupName, node);
        return draft.build(this, 0);
    }

    private void applySshConfig(TargetDraft draft, String lookupName, String originalName) {
        Map<String, SshConfig.Setting> settings = sshConfig.lookup(lookupName);
        SshConfig.Setting hostName = settings.get("hostname");
        if (draft.host == null) {
            if (hostName != null) {
                draft.host = hostName.value().replace("%h", lookupName).replace("%%", "%");
                draft.origins.add(0, hostName.origin());
            } else {
                draft.host = lookupName;
                if (draft.origins.isEmpty()) {
                    draft.origins.add(sshConfig.hostOrigin(lookupName).orElse(
                            new Origin("Host", lookupName, sshConfig.file().getFileName().toString(), 0)));
                }
            }
        }
        SshConfig.Setting port = settings.get("port");
        if (draft.port == null && port != null) {
            draft.port = parsePort(port.value(), port.file(), port.line());
            draft.origins.add(port.origin());
        }
        SshConfig.Setting user = settings.get("user");
        if (draft.user == null && user != null) {
            draft.user = user.value();
            draft.origins.add(user.origin());
        }
        if (draft.identityFiles.isEmpty()) {
            for (SshConfig.Setting file : sshConfig.identityFiles(lookupName)) {
                if (!file.value().equalsIgnoreCase("none")) {
                    draft.identityFiles.add(expandPath(file.value(), draft, originalName));
                    draft.origins.add(file.origin());
                }
            }
        }
        SshConfig.Setting only = settings.get("identitiesonly");
        if (only != null && only.value().equalsIgnoreCase("yes")) {
            draft.identitiesOnly = true;
        }
        if (draft.jumpSpec == null && draft.proxyCommand == null) {
            SshConfig.Setting jump = settings.get("proxyjump");
            SshConfig.Setting command = settings.get("proxycommand");
            if (jump != null) {
                draft.jumpSpec = jump.value();
                draft.jumpOrigin = jump.origin();
            } else if (command != null) {
                draft.proxyCommand = String.join(" ", command.args());
                draft.jumpOrigin = command.origin();
            }
        }
        SshConfig.Setting alias = settings.get("hostkeyalias");
        if (draft.hostKeyAlias == null && alias != null) {
            draft.hostKeyAlias = alias.value();
            draft.origins.add(alias.origin());
        }
        SshConfig.Setting strict = settings.get("stricthostkeychecking");
        if (draft.policy == null && strict != null) {
            draft.policy = strict.value().equalsIgnoreCase("accept-new") ? HostKeyPolicy.ACCEPT_NEW : HostKeyPolicy.STRICT;
            draft.origins.add(strict.origin());
        }
        SshConfig.Setting knownHosts = settings.get("userknownhostsfile");
        if (draft.knownHostsFiles.isEmpty() && knownHosts != null) {
            for (String file : knownHosts.args()) {
                if (!file.equalsIgnoreCase("none")) {
                    draft.knownHostsFiles.add(expandPath(file, draft, originalName));
                }
            }
            draft.origins.add(knownHosts.origin());
        }
    }

    /** Resolves one hop of a ProxyJump list ({@code [user@]host[:port]}) through the ssh_config. */
    List<SshTarget> resolveJumps(String spec, Origin origin, int depth) {
        if (spec == null || spec.equalsIgnoreCase("none")) {
            return List.of();
        }
        if (depth > MAX_JUMP_DEPTH) {
            throw new InvalidConfigException("ProxyJump chain deeper than " + MAX_JUMP_DEPTH + " hops (a loop?) at " + origin.location());
        }
        List<SshTarget> hops = new ArrayList<>();
        for (String hop : spec.split(",")) {
            String text = hop.strip();
            if (text.startsWith("ssh://")) {
                text = text.substring("ssh://".length());
            }
            TargetDraft draft = new TargetDraft(text);
            int at = text.lastIndexOf('@');
            if (at >= 0) {
                draft.user = text.substring(0, at);
                text = text.substring(at + 1);
            }
            int colon = text.lastIndexOf(':');
            if (text.startsWith("[") && text.contains("]")) {
                int close = text.indexOf(']');
                if (close + 1 < text.length() && text.charAt(close + 1) == ':') {
                    draft.port = parsePortIn(text.substring(close + 2), origin);
                }
                text = text.substring(1, close);
            } else if (colon > 0 && text.indexOf(':') == colon) {
                draft.port = parsePortIn(text.substring(colon + 1), origin);
                text = text.substring(0, colon);
            }
            if (text.isEmpty()) {
                throw new InvalidConfigException("empty jump host in '" + spec + "' at " + origin.location());
            }
            String name = text;
            draft.node = name;
            draft.origins.add(origin);
            applySshConfig(draft, name, name);
            // A hop's own ProxyJump comes before it.
            List<SshTarget> before = draft.jumpSpec != null || draft.proxyCommand != null
                    ? draft.jumps(this, depth + 1) : List.of();
            hops.addAll(before);
            hops.add(draft.target(List.of(), localUser));
        }
        return hops;
    }

    /** {@code ssh [-q] [-p PORT] [-l USER] [-i KEY] [-o K=V] -W %h:%p [USER@]HOST} as a jump host. */
    List<SshTarget> proxyCommandJumps(String command, Origin origin, int depth) {
        return resolveJumps(ProxyCommandSpec.jumpSpec(command, origin), origin, depth);
    }

    private Path expandPath(String value, TargetDraft draft, String originalName) {
        String text = value;
        if (text.startsWith("~/") || text.equals("~")) {
            text = home + text.substring(1);
        }
        text = text.replace("%d", home.toString())
                .replace("%u", localUser)
                .replace("%n", originalName)
                .replace("%h", draft.host == null ? originalName : draft.host)
                .replace("%r", draft.user == null ? localUser : draft.user)
                .replace("%%", "%");
        return Path.of(text);
    }

    private static AnsibleInventory.Value first(Map<String, AnsibleInventory.Value> vars, String... names) {
        for (String name : names) {
            AnsibleInventory.Value value = vars.get(name);
            if (value != null) {
                if (value.value().contains("{{")) {
                    throw new InvalidConfigException(value.file(), value.line(), name + " is a Jinja template ('"
                            + value.value() + "'), which ironbook does not evaluate; give the value itself");
                }
                return value;
            }
        }
        return null;
    }

    private static int parsePort(String text, Path file, int line) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidConfigException(file, line, "not a port number: '" + text + "'");
    }

    private static int parsePortIn(String text, Origin origin) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidConfigException(origin.location() + ": not a port number: '" + text + "'");
    }
}
