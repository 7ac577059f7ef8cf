package io.ironbook.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Ansible inventory: hosts, groups with {@code children}, group and host variables, each value
 * remembering the file and line that set it. Variables combine as Ansible does: {@code all}, then
 * parent groups before child groups (same depth alphabetically), then the host's own.
 */
public final class AnsibleInventory {

    /** A variable's value and where it was set. */
    public record Value(String value, Path file, int line) {
        Origin origin(String name) {
            return new Origin(name, value, file.getFileName().toString(), line);
        }
    }

    /** A host and where it was first named. */
    record Host(String name, Path file, int line, Map<String, Value> vars) {
    }

    /** A group. */
    record Group(String name, Set<String> hosts, Set<String> children, Map<String, Value> vars) {
    }

    private final Path file;
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    AnsibleInventory(Path file) {
        this.file = file;
        group("all");
        group("ungrouped");
    }

    /**
     * Reads an inventory: YAML for {@code .yml}/{@code .yaml}/{@code .json} files, INI otherwise.
     *
     * @throws InvalidConfigException with {@code file:line} for malformed content
     */
    public static AnsibleInventory parse(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        AnsibleInventory inventory = isYaml(name) ? AnsibleYamlInventoryParser.parse(file) : AnsibleIniInventoryParser.parse(file);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            inventory.readVarsDirs(dir);
        }
        return inventory;
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json");
    }

    /**
     * Reads {@code group_vars/} and {@code host_vars/} next to the inventory: {@code NAME.yml} (or
     * {@code .yaml}, {@code .json}, no extension) or a folder {@code NAME/} of such files. They override
     * the inventory file's own group and host variables, as in Ansible.
     */
    private void readVarsDirs(Path dir) {
        for (Group group : groups.values()) {
            for (Path file : varsFiles(dir.resolve("group_vars"), group.name())) {
                group.vars().putAll(AnsibleYamlInventoryParser.readVarsFile(file));
            }
        }
        for (Host host : hosts.values()) {
            for (Path file : varsFiles(dir.resolve("host_vars"), host.name())) {
                host.vars().putAll(AnsibleYamlInventoryParser.readVarsFile(file));
            }
        }
    }

    private static List<Path> varsFiles(Path varsDir, String name) {
        List<Path> files = new ArrayList<>();
        if (!java.nio.file.Files.isDirectory(varsDir)) {
            return files;
        }
        for (String candidate : List.of(name, name + ".yml", name + ".yaml", name + ".json")) {
            Path path = varsDir.resolve(candidate);
            if (java.nio.file.Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        Path folder = varsDir.resolve(name);
        if (java.nio.file.Files.isDirectory(folder)) {
            try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(folder)) {
                list.filter(java.nio.file.Files::isRegularFile)
                        .filter(p -> isYaml(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                        .sorted()
                        .forEach(files::add);
            } catch (java.io.IOException e) {
                throw new InvalidConfigException(folder, 0, "cannot list: " + e.getMessage());
            }
        }
        return files;
    }

    /** The inventory file. */
    public Path file() {
        return file;
    }

    Group group(String name) {
        return groups.computeIfAbsent(name, n -> new Group(n, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>()));
    }

    Host host(String name, Path where, int line) {
        return hosts.computeIfAbsent(name, n -> new Host(n, where, line, new LinkedHashMap<>()));
    }

    boolean hasGroup(String name) {
        return groups.containsKey(name);
    }

    /** True when the inventory lists the host. */
    public boolean hasHost(String name) {
        return hosts.containsKey(name);
    }

    /** Every host, in the order first named. */
    public List<String> hosts() {
        return List.copyOf(hosts.keySet());
    }

    /** The group names, {@code all} and {@code ungrouped} included. */
    public List<String> groups() {
        return List.copyOf(groups.keySet());
    }

    /** The hosts of a group and of its children, in inventory order; empty when there is no such group. */
    public Optional<List<String>> hostsOf(String groupName) {
        if (!groups.containsKey(groupName)) {
            return Optional.empty();
        }
        if (groupName.equals("all")) {
            return Optional.of(hosts());
        }
        Set<String> found = new HashSet<>();
        collect(groupName, found, new HashSet<>());
        return Optional.of(hosts.keySet().stream().filter(found::contains).toList());
    }

    private void collect(String groupName, Set<String> found, Set<String> seen) {
        if (!seen.add(groupName)) {
            return;
        }
        Group group = groups.get(groupName);
        if (group == null) {
            return;
        }
        found.addAll(group.hosts());
        for (String child : group.children()) {
            collect(child, found, seen);
        }
    }

    /** Where the host was first named. */
    public Origin hostOrigin(String name) {
        Host host = hosts.get(name);
        return new Origin("host", name, host.file().getFileName().toString(), host.line());
    }

    /** The host's variables after combining all groups and its own, in Ansible's precedence. */
    public Map<String, Value> varsOf(String hostName) {
        Map<String, Integer> depth = new HashMap<>();
        depth.put("all", 0);
        computeDepths("all", 0, depth, new HashSet<>());
        List<Group> containing = new ArrayList<>();
        for (Group group : groups.values()) {
            if (!group.name().equals("all") && hostsOf(group.name()).orElse(List.of()).contains(hostName)) {
                containing.add(group);
            }
        }
        containing.sort(Comparator.comparingInt((Group g) -> depth.getOrDefault(g.name(), 1)).thenComparing(Group::name));
        Map<String, Value> vars = new LinkedHashMap<>(groups.get("all").vars());
        for (Group group : containing) {
            vars.putAll(group.vars());
        }
        Host host = hosts.get(hostName);
        if (host != null) {
            vars.putAll(host.vars());
        }
        return vars;
    }

    private void computeDepths(String groupName, int level, Map<String, Integer> depth, Set<String> path) {
        if (!path.add(groupName)) {
            return;
        }
        Group group = groups.get(groupName);
        Set<String> children = new LinkedHashSet<>(group == null ? Set.of() : group.children());
        if (groupName.equals("all")) {
            for (String other : groups.keySet()) {
                if (!other.equals("all") && groups.values().stream().noneMatch(g -> g.children().contains(other))) {
                    children.add(other);
                }
            }
        }
        for (String child : children) {
            if (depth.getOrDefault(child, -1) < level + 1) {
                depth.put(child, level + 1);
            }
            computeDepths(child, level + 1, depth, path);
        }
        path.remove(groupName);
    }
}
