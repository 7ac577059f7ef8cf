package io.ironbook.diagnose.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The diagnosis rules: the shipped ones (one file per finding id under
 * {@code src/main/resources/diagnose/rules/}), optionally overridden by an operator's folder (a file
 * with the same {@code id} replaces the shipped rule). Patterns are compiled once, when the set loads.
 * The {@code causes} edges must not form a cycle.
 */
public final class RuleSet {

    /** Where the shipped rules live on the class path; each is {@code <finding id>.yaml}. */
    public static final String RESOURCE_DIR = "diagnose/rules/";

    private final Map<String, Rule> rules;

    private RuleSet(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(rules);
        checkAcyclic();
    }

    /**
     * The rules shipped in the jar, one per finding id that has a file; the files are read in
     * parallel (their YAML parsing is most of the start-up cost).
     */
    public static RuleSet shipped(Set<String> knownIds) {
        RuleLoader loader = new RuleLoader(knownIds);
        List<Rule> loaded = knownIds.parallelStream().map(id -> loadShipped(loader, id)).toList();
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Rule rule : loaded) {
            if (rule != null) {
                rules.put(rule.id(), rule);
            }
        }
        return new RuleSet(rules);
    }

    private static Rule loadShipped(RuleLoader loader, String id) {
        String name = id + ".yaml";
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                return null;
            }
            Rule rule = loader.load(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!rule.id().equals(id)) {
                throw new RuleException(name + ":1:1: the file is named for '" + id + "' but its id is '" + rule.id() + "'");
            }
            return rule;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set of the given rules (tests, or a caller's own loading). */
    public static RuleSet of(Collection<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (map.put(rule.id(), rule) != null) {
                throw new RuleException(rule.source() + ": a second rule for '" + rule.id() + "'");
            }
        }
        return new RuleSet(map);
    }

    /**
     * This set with the {@code *.yaml} rules of a folder added; a folder rule replaces the rule of the
     * same id.
     */
    public RuleSet withFolder(Path dir, Set<String> knownIds) {
        if (!Files.isDirectory(dir)) {
            throw new RuleException(dir + ": no such folder of rules");
        }
        RuleLoader loader = new RuleLoader(knownIds);
        Map<String, Rule> merged = new LinkedHashMap<>(rules);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml")).sorted()::iterator) {
                Rule rule = loader.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                merged.put(rule.id(), rule);
            }
        } catch (IOException e) {
            throw new RuleException(dir + ": cannot read: " + e.getMessage(), e);
        }
        return new RuleSet(merged);
    }

    /** Every rule, by id. */
    public Map<String, Rule> rules() {
        return rules;
    }

    /** The rule of a finding id. */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The ids a finding explains, as its rule declares. */
    public List<String> causes(String id) {
        Rule rule = rules.get(id);
        return rule == null ? List.of() : rule.causes();
    }

    private void checkAcyclic() {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String id : rules.keySet()) {
            List<String> path = new ArrayList<>();
            visit(id, state, path);
        }
    }

    private void visit(String id, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        path.add(id);
        if (s != null && s == 1) {
            List<String> cycle = path.subList(path.indexOf(id), path.size());
            Rule rule = rules.get(path.get(path.size() - 2));
            throw new RuleException((rule == null ? "" : rule.source() + ": ") + "the causes edges form a cycle: "
                    + String.join(" -> ", cycle));
        }
        state.put(id, 1);
        for (String next : causes(id)) {
            visit(next, state, path);
        }
        state.put(id, 2);
        path.remove(path.size() - 1);
    }
}
