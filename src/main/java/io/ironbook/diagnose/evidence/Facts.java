package io.ironbook.diagnose.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structured facts read from a bundle: every {@link Fact} by kind, which kinds the bundle covers
 * at all (a kind not covered is unknown), the node's name where a file names it, and notes on files
 * that could not be read as their kind.
 */
public final class Facts implements FactSink {

    private final Map<String, List<Fact>> byKind = new LinkedHashMap<>();
    private final Set<String> covered = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private String node = "";
    private int nodeConfidence = -1;

    @Override
    public void add(String kind, Map<String, String> attributes, EvidenceLine evidence) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Fact(kind, attributes, evidence));
    }

    @Override
    public void add(String kind, Map<String, String> attributes, EvidenceLine evidence,
                    Map<String, EvidenceLine> attributeEvidence) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Fact(kind, attributes, evidence, attributeEvidence));
    }

    @Override
    public void covers(String kind) {
        covered.add(kind);
    }

    @Override
    public void node(String name, int confidence) {
        if (confidence > nodeConfidence && !name.isBlank()) {
            node = name;
            nodeConfidence = confidence;
        }
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    /** The facts of a kind, in file order. */
    public List<Fact> of(String kind) {
        return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    /** Whether the bundle shows this kind at all; when false, the kind is unknown. */
    public boolean isCovered(String kind) {
        return covered.contains(kind);
    }

    /** The node's name as the structured files give it, or empty. */
    public String node() {
        return node;
    }

    /** How many facts there are, of all kinds. */
    public int size() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    /** Problems reading files as their kind. */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Keeps only the rows of {@code get nodes} that describe the given node. */
    public void keepNodeRowsOf(String name) {
        List<Fact> rows = byKind.get("nodeRow");
        if (rows == null) {
            return;
        }
        rows.removeIf(f -> !f.get("name").equals(name));
        if (rows.isEmpty()) {
            covered.remove("nodeRow");
        }
    }
}
