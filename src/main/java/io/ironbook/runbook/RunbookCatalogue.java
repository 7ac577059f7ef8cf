package io.ironbook.runbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every runbook ironbook knows: the shipped ones, then the operator's folder, then
 * {@code --runbooks DIR}. A later place overrides an earlier one by id; within one place the highest
 * version of an id wins. Files that cannot be used are kept as problems, so that one broken file
 * never hides the others.
 */
public final class RunbookCatalogue {

    /** A folder of runbooks and what kind of place it is. */
    public record Place(RunbookSource.Origin origin, Path dir) {
    }

    private final List<Runbook> all;
    private final Map<String, Runbook> effective;
    private final Map<String, Runbook> overridden;
    private final List<RunbookException> problems;

    private RunbookCatalogue(List<Runbook> all, Map<String, Runbook> effective, Map<String, Runbook> overridden,
                             List<RunbookException> problems) {
        this.all = List.copyOf(all);
        this.effective = effective;
        this.overridden = overridden;
        this.problems = List.copyOf(problems);
    }

    /** Loads the shipped runbooks, then each place in order; a missing folder is simply empty. */
    public static RunbookCatalogue load(RunbookLoader loader, List<Place> places) {
        return load(loader, places, List.of());
    }

    /**
     * Loads as {@link #load(RunbookLoader, List)}, then the given files on top (for {@code runbooks
     * validate}), so that their references are checked against everything else.
     */
    public static RunbookCatalogue load(RunbookLoader loader, List<Place> places, List<Path> files) {
        Builder builder = new Builder();
        for (ShippedRunbooks.File file : ShippedRunbooks.list()) {
            builder.add(() -> loader.load(file.name(), file.bytes(), RunbookSource.Origin.SHIPPED), 0);
        }
        int rank = 1;
        for (Place place : places) {
            for (Path file : runbookFiles(place.dir(), builder)) {
                builder.add(() -> loader.load(file, place.origin()), rank);
            }
            rank++;
        }
        for (Path file : files) {
            builder.add(() -> loader.load(file, RunbookSource.Origin.FILE), rank);
        }
        return builder.build();
    }

    static boolean isRunbookFile(String name) {
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    private static List<Path> runbookFiles(Path dir, Builder builder) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> isRunbookFile(p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            builder.problems.add(new RunbookException(dir.toString(), 0, 0, "cannot list the folder: " + e.getMessage(), e));
            return List.of();
        }
    }

    /** The runbook that wins for each id, sorted by id. */
    public List<Runbook> runbooks() {
        return List.copyOf(effective.values());
    }

    /** Every loaded runbook, winners and the versions they override. */
    public List<Runbook> allVersions() {
        return all;
    }

    /** The winning runbook with this id. */
    public Optional<Runbook> find(String id) {
        return Optional.ofNullable(effective.get(id));
    }

    /** The runbook with this id at exactly this version, wherever it was loaded from. */
    public Optional<Runbook> find(String id, SemVer version) {
        return all.stream().filter(r -> r.id().equals(id) && r.version().equals(version))
                .max(Comparator.comparing(r -> r.source().origin()));
    }

    /**
     * The runbook named {@code ID} or {@code ID@VERSION}.
     *
     * @throws IllegalArgumentException with a message for the operator when there is none
     */
    public Runbook resolve(String spec) {
        int at = spec.indexOf('@');
        String id = at < 0 ? spec : spec.substring(0, at);
        if (at >= 0) {
            String v = spec.substring(at + 1);
            SemVer version = SemVer.parse(v).orElseThrow(() -> new IllegalArgumentException(
                    "'" + v + "' is not a version (MAJOR.MINOR.PATCH)"));
            return find(id, version).orElseThrow(() -> new IllegalArgumentException("no runbook " + id + "@" + version
                    + versionsHint(id)));
        }
        return find(id).orElseThrow(() -> new IllegalArgumentException("no runbook '" + id + "'" + idHint(id)));
    }

    private String versionsHint(String id) {
        List<String> versions = all.stream().filter(r -> r.id().equals(id)).map(r -> r.version().toString()).toList();
        return versions.isEmpty() ? idHint(id) : " (versions: " + String.join(", ", versions) + ")";
    }

    private String idHint(String id) {
        String close = io.ironbook.yaml.Spelling.closest(id, effective.keySet());
        return close != null ? " (did you mean '" + close + "'?)" : " (see 'ironbook runbooks list')";
    }

    /** The runbook the winner for {@code id} hides, if it overrides one from an earlier place. */
    public Optional<Runbook> overridden(String id) {
        return Optional.ofNullable(overridden.get(id));
    }

    /** Files that could not be used, each with its one-line reason. */
    public List<RunbookException> problems() {
        return problems;
    }

    /** The winning runbooks whose {@code appliesTo} names the finding. */
    public List<Runbook> remediating(String findingId) {
        return effective.values().stream().filter(r -> r.appliesTo().contains(findingId)).toList();
    }

    /** Collects runbooks place by place, then settles winners and cross-references. */
    private static final class Builder {
        private final List<Runbook> loaded = new ArrayList<>();
        private final List<Integer> ranks = new ArrayList<>();
        private final List<RunbookException> problems = new ArrayList<>();

        interface Load {
            Runbook run();
        }

        void add(Load load, int rank) {
            try {
                Runbook runbook = load.run();
                for (int i = 0; i < loaded.size(); i++) {
                    Runbook other = loaded.get(i);
                    if (ranks.get(i) == rank && other.id().equals(runbook.id()) && other.version().equals(runbook.version())) {
                        problems.add(new RunbookException(runbook.source().path(), 0, 0, "runbook " + runbook.ref()
                                + " is also defined in " + other.source().path()));
                        return;
                    }
                }
                loaded.add(runbook);
                ranks.add(rank);
            } catch (RunbookException e) {
                problems.add(e);
            }
        }

        RunbookCatalogue build() {
            Map<String, Integer> winnerRank = new LinkedHashMap<>();
            Map<String, Runbook> winners = new TreeMap<>();
            Map<String, Runbook> hidden = new TreeMap<>();
            for (int i = 0; i < loaded.size(); i++) {
                Runbook runbook = loaded.get(i);
                int rank = ranks.get(i);
                Runbook current = winners.get(runbook.id());
                int currentRank = winnerRank.getOrDefault(runbook.id(), -1);
                boolean wins = current == null || rank > currentRank
                        || (rank == currentRank && runbook.version().compareTo(current.version()) > 0);
                if (wins) {
                    if (current != null && rank > currentRank) {
                        hidden.put(runbook.id(), current);
                    }
                    winners.put(runbook.id(), runbook);
                    winnerRank.put(runbook.id(), rank);
                }
            }
            CrossReferences references = new CrossReferences(CrossReferences.resolver(winners, loaded));
            List<Runbook> valid = new ArrayList<>();
            for (Runbook runbook : loaded) {
                Optional<RunbookException> problem = references.check(runbook);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    if (winners.get(runbook.id()) == runbook) {
                        winners.remove(runbook.id());
                    }
                } else {
                    valid.add(runbook);
                }
            }
            return new RunbookCatalogue(valid, winners, hidden, problems);
        }
    }
}
