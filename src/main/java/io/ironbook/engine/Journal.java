package io.ironbook.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;

/**
 * The append-only journal of one run: a JSON-lines file of every event, and a side file with each
 * step's full output. Every record except output lines is forced to disk before the engine takes its
 * next action, so a crash or a dropped session leaves a journal the run can resume from. Text passes
 * the redactor first: secrets never reach the disk.
 */
public final class Journal implements RunListener, AutoCloseable {
    private final Path file;
    private final Path outputFile;
    private final FileOutputStream events;
    private final FileOutputStream output;
    private final Redactor redactor;

    private Journal(Path file, Path outputFile, FileOutputStream events, FileOutputStream output, Redactor redactor) {
        this.file = file;
        this.outputFile = outputFile;
        this.events = events;
        this.output = output;
        this.redactor = redactor;
    }

    /** Creates the journal of a new run in {@code dir}, writing its header. */
    public static Journal create(Path dir, RunHeader header, Redactor redactor) {
        Journal journal = open(dir, header.runId(), redactor, true);
        journal.append(JournalCodec.header(header), true);
        return journal;
    }

    /** Opens the journal of an existing run to go on appending to it (resume). */
    public static Journal reopen(Path dir, String runId, Redactor redactor) {
        return open(dir, runId, redactor, false);
    }

    private static Journal open(Path dir, String runId, Redactor redactor, boolean create) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(runId + ".jsonl");
            Path out = dir.resolve(runId + ".out");
            if (create && Files.exists(file)) {
                throw new IOException(file + " already exists");
            }
            if (!create && !Files.exists(file)) {
                throw new IOException(file + " does not exist");
            }
            FileOutputStream events = new FileOutputStream(file.toFile(), true);
            FileOutputStream output = new FileOutputStream(out.toFile(), true);
            restrict(file);
            restrict(out);
            return new Journal(file, out, events, output, redactor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run journal in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    public Path file() {
        return file;
    }

    public Path outputFile() {
        return outputFile;
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.OutputLine line) {
            RunEvent.OutputLine clean = new RunEvent.OutputLine(line.at(), line.stepId(), line.node(), line.stream(),
                    redactor.redact(line.text()));
            writeOutput(clean);
            return;
        }
        append(redactor.redact(JournalCodec.event(event)), true);
    }

    private void writeOutput(RunEvent.OutputLine line) {
        write(output, line.at() + " " + line.stepId() + " " + line.node() + " " + line.stream() + " " + line.text() + "\n",
                false);
    }

    /** One line of the output side file read back; empty for a line that is not one (cut by a crash). */
    static Optional<RunEvent.OutputLine> outputLine(String text) {
        String[] parts = text.split(" ", 5);
        if (parts.length < 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunEvent.OutputLine(Instant.parse(parts[0]), parts[1], parts[2], parts[3], parts[4]));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void append(String json, boolean force) {
        write(events, json + "\n", force);
    }

    private synchronized void write(FileOutputStream stream, String text, boolean force) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            if (force) {
                stream.getFD().sync();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            events.getFD().sync();
            output.getFD().sync();
            events.close();
            output.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the run journal " + file, e);
        }
    }
}
