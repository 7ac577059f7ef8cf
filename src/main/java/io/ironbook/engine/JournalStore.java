package io.ironbook.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The folder of run journals: lists runs and reads one back, tolerating a last line cut by a crash. */
public final class JournalStore {
    private final Path dir;

    public JournalStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Every run, newest first. Unreadable journals are skipped. */
    public List<RunRecord> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<RunRecord> runs = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
                read(file).ifPresent(runs::add);
            }
            runs.sort(Comparator.comparing((RunRecord r) -> r.header().started()).reversed());
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * The run with this id, or the only run whose id starts with it.
     *
     * @throws RunRefusedException when there is none, or the prefix is ambiguous
     */
    public RunRecord find(String idOrPrefix) {
        Path exact = dir.resolve(idOrPrefix + ".jsonl");
        if (!idOrPrefix.contains("/") && Files.isRegularFile(exact)) {
            return read(exact).orElseThrow(() -> new RunRefusedException(RunRefusedException.Reason.BAD_INPUT,
                    exact + ": not a run journal"));
        }
        List<RunRecord> matches = list().stream().filter(r -> r.header().runId().startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new RunRefusedException(RunRefusedException.Reason.BAD_INPUT, matches.isEmpty()
                ? "no run '" + idOrPrefix + "' in " + dir + " (see 'ironbook journal list')"
                : "'" + idOrPrefix + "' matches " + matches.size() + " runs; give more of the id");
    }

    /** The step output side file of a run. */
    public Path outputFile(String runId) {
        return dir.resolve(runId + ".out");
    }

    /** The last {@code max} lines of a run's step output, oldest first; none when the side file is missing. */
    public List<RunEvent.OutputLine> outputTail(String runId, int max) {
        Path file = outputFile(runId);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        ArrayDeque<RunEvent.OutputLine> tail = new ArrayDeque<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> Journal.outputLine(line).ifPresent(output -> {
                tail.addLast(output);
                if (tail.size() > max) {
                    tail.removeFirst();
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return List.copyOf(tail);
    }

    static Optional<RunRecord> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        RunHeader header = null;
        List<RunEvent> events = new ArrayList<>();
        for (String line : lines) {
            Optional<Object> record = JournalCodec.read(line);
            if (record.isEmpty()) {
                continue;
            }
            if (record.get() instanceof RunHeader h) {
                header = h;
            } else if (record.get() instanceof RunEvent e) {
                events.add(e);
            }
        }
        return header == null ? Optional.empty() : Optional.of(new RunRecord(header, events));
    }
}
