package io.ironbook.diagnose.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The evidence collected from one node: the bundle files by name (see {@link BundleFiles}) plus
 * what meta.yaml says. Read from a folder with {@link #read(Path)}, or built in memory with
 * {@link #ofTexts(Map)} by a collector or a test; {@link BundleWriter} writes one to a folder. A file
 * that is not there is unknown, never healthy.
 */
public final class EvidenceBundle {

    /** One file's text. */
    private interface Source {
        BufferedReader open() throws IOException;

        void lines(ByteLines.Sink sink) throws IOException;
    }

    /** A file on disk. */
    private record FileSource(Path path) implements Source {
        @Override
        public BufferedReader open() throws IOException {
            return reader(Files.newInputStream(path));
        }

        @Override
        public void lines(ByteLines.Sink sink) throws IOException {
            try (InputStream in = Files.newInputStream(path)) {
                ByteLines.forEach(in, sink);
            }
        }
    }

    /** A text in memory. */
    private record TextSource(String text) implements Source {
        @Override
        public BufferedReader open() {
            return new BufferedReader(new StringReader(text));
        }

        @Override
        public void lines(ByteLines.Sink sink) {
            text.lines().forEach(line -> sink.line(line, line.indexOf('#') >= 0));
        }
    }

    private final String origin;
    private final Map<String, Source> files;
    private final List<String> ignored;
    private final BundleMeta meta;

    private EvidenceBundle(String origin, Map<String, Source> files, List<String> ignored, BundleMeta meta) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(files);
        this.ignored = List.copyOf(ignored);
        this.meta = meta;
    }

    /**
     * Reads the bundle in a folder (not its subfolders).
     *
     * @throws UnusableBundleException when the folder is missing, holds no evidence file, or its
     *                                 meta.yaml is malformed
     */
    public static EvidenceBundle read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UnusableBundleException(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder"));
        }
        Map<String, Source> files = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        BundleMeta meta = BundleMeta.empty();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path path : (Iterable<Path>) entries.sorted()::iterator) {
                String name = path.getFileName().toString();
                if (!Files.isRegularFile(path) || name.startsWith(".")) {
                    continue;
                }
                if (BundleFiles.META.equals(name)) {
                    meta = BundleMetaYaml.read(Files.readString(path, StandardCharsets.UTF_8));
                } else if (!BundleFiles.isEvidence(name)) {
                    ignored.add(name);
                } else if (Files.size(path) == 0 || isBinary(path)) {
                    ignored.add(name);
                } else {
                    files.put(name, new FileSource(path));
                }
            }
        } catch (IOException e) {
            throw new UnusableBundleException(dir + ": cannot read: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new UnusableBundleException(dir + ": no evidence files (expected e.g. "
                    + String.join(", ", List.of(BundleFiles.JOURNAL_KUBELET, BundleFiles.MOUNTS,
                    BundleFiles.DESCRIBE_NODE)) + ", or any *.txt / *.log paste)");
        }
        return new EvidenceBundle(dir.toString(), files, ignored, meta);
    }

    /** A bundle held in memory: file name to text. Names that are not evidence are listed as ignored. */
    public static EvidenceBundle ofTexts(Map<String, String> texts) {
        return ofTexts(texts, BundleMeta.empty());
    }

    /** A bundle held in memory with its meta. */
    public static EvidenceBundle ofTexts(Map<String, String> texts, BundleMeta meta) {
        Map<String, Source> files = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        texts.forEach((name, text) -> {
            if (BundleFiles.isEvidence(name) && !text.isEmpty()) {
                files.put(name, new TextSource(text));
            } else if (!BundleFiles.META.equals(name)) {
                ignored.add(name);
            }
        });
        return new EvidenceBundle("(memory)", files, ignored, meta);
    }

    private static BufferedReader reader(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static boolean isBinary(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where the bundle came from: its folder, or {@code (memory)}. */
    public String origin() {
        return origin;
    }

    /** The evidence files present, sorted by name. */
    public Set<String> names() {
        return files.keySet();
    }

    /** Files present but not read: other extensions, empty or binary files. */
    public List<String> ignored() {
        return ignored;
    }

    /** Whether the file is present. */
    public boolean has(String name) {
        return files.containsKey(name);
    }

    /** What meta.yaml says, or {@link BundleMeta#empty()}. */
    public BundleMeta meta() {
        return meta;
    }

    /** Opens a present file for streaming. */
    public BufferedReader open(String name) throws IOException {
        Source source = files.get(name);
        if (source == null) {
            throw new IOException(name + ": not in the bundle");
        }
        return source.open();
    }

    /** Streams every line of a present file to {@code sink}, decoding UTF-8 leniently. */
    public void lines(String name, Consumer<String> sink) throws IOException {
        source(name).lines((line, hasHash) -> sink.accept(line));
    }

    /** Streams a present file through a log record reader; records go to {@code sink}. */
    public void records(String name, LogRecordReader reader, Consumer<LogRecord> sink) throws IOException {
        source(name).lines((line, hasHash) -> reader.line(line, hasHash, sink));
        reader.end(sink);
    }

    private Source source(String name) throws IOException {
        Source source = files.get(name);
        if (source == null) {
            throw new IOException(name + ": not in the bundle");
        }
        return source;
    }

    /** Reads at most {@code max} lines of a present file. */
    public List<String> readLines(String name, int max) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = open(name)) {
            String line;
            while (lines.size() < max && (line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
