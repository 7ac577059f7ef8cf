package io.ironbook.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML document into located nodes, refusing what an operator never means: binary or
 * non-UTF-8 content, an empty file, several documents, tabs, duplicate keys and non-scalar keys.
 * Every refusal is a {@link YamlException} naming the file, line and column.
 */
public final class YamlReader {

    /** Files larger than this are not configuration. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private YamlReader() {
    }

    /** Reads the file at {@code path}, naming it in errors as {@code path} is written. */
    public static YamlNode read(Path path) {
        String source = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new YamlException(Location.ofFile(source), "is a folder, not a file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new YamlException(Location.ofFile(source), "file is larger than " + MAX_BYTES / 1024 + " KiB");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new YamlException(Location.ofFile(source), "no such file");
        } catch (IOException e) {
            throw new YamlException(Location.ofFile(source), "cannot read: " + e.getMessage(), e);
        }
        return read(source, bytes);
    }

    /** Reads YAML text given as bytes; {@code source} names it in errors. */
    public static YamlNode read(String source, byte[] bytes) {
        String text = decode(source, bytes);
        if (text.isBlank() || onlyComments(text)) {
            throw new YamlException(new Location(source, 1, 1), "file is empty");
        }
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw translate(source, e);
        } catch (YAMLException e) {
            throw new YamlException(Location.ofFile(source), "not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (root == null) {
            throw new YamlException(new Location(source, 1, 1), "file is empty");
        }
        return convert(source, root);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    private static String decode(String source, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new YamlException(Location.ofFile(source), "binary content (a NUL byte at offset " + i + "), not YAML text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new YamlException(Location.ofFile(source), "not UTF-8 text (binary or another encoding)");
        }
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#")
                || line.equals("---") || line.equals("..."));
    }

    private static YamlException translate(String source, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Location location = mark == null ? Location.ofFile(source) : new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext();
        String message;
        if (problem.contains("\\t(TAB)") || problem.contains("'\t'")) {
            message = "tab character: YAML indents with spaces, not tabs";
        } else if (problem.startsWith("mapping values are not allowed here")) {
            message = "unexpected ':' (a value with ': ' in it needs quotes, or the indentation is off)";
        } else if (context != null && context.contains("expected a single document")) {
            message = "more than one YAML document ('---'): a file holds one";
        } else if (problem.startsWith("special characters are not allowed")) {
            message = "control characters are not allowed (is this a binary file?)";
        } else if (context != null && !context.isBlank()) {
            message = firstLine(problem) + " (" + firstLine(context) + ")";
        } else {
            message = firstLine(problem);
        }
        return new YamlException(location, message, e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "not valid YAML";
        }
        return text.strip().lines().findFirst().orElse("not valid YAML");
    }

    private static YamlNode convert(String source, Node node) {
        Location location = locate(source, node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return toScalar(source, scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(source, item));
            }
            return new YamlList(items, location);
        }
        MappingNode mapping = (MappingNode) node;
        List<YamlEntry> entries = new ArrayList<>();
        Map<String, YamlScalar> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new YamlException(locate(source, tuple.getKeyNode().getStartMark()), "a key must be plain text");
            }
            YamlScalar key = toScalar(source, keyNode);
            YamlScalar earlier = seen.putIfAbsent(key.text(), key);
            if (earlier != null) {
                throw new YamlException(key.location(), "duplicate key '" + key.text() + "' (first at line "
                        + earlier.location().line() + ")");
            }
            if (key.text().equals("<<")) {
                throw new YamlException(key.location(), "merge keys ('<<') are not supported: write the fields out");
            }
            entries.add(new YamlEntry(key, convert(source, tuple.getValueNode())));
        }
        return new YamlMap(entries, location);
    }

    private static YamlScalar toScalar(String source, ScalarNode scalar) {
        boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN;
        YamlScalar.Type type = plain ? typeOf(scalar.getTag()) : YamlScalar.Type.STRING;
        return new YamlScalar(scalar.getValue(), type, plain, locate(source, scalar.getStartMark()));
    }

    private static YamlScalar.Type typeOf(Tag tag) {
        if (Tag.INT.equals(tag)) {
            return YamlScalar.Type.INT;
        }
        if (Tag.FLOAT.equals(tag)) {
            return YamlScalar.Type.FLOAT;
        }
        if (Tag.BOOL.equals(tag)) {
            return YamlScalar.Type.BOOL;
        }
        if (Tag.NULL.equals(tag)) {
            return YamlScalar.Type.NULL;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return YamlScalar.Type.TIMESTAMP;
        }
        return YamlScalar.Type.STRING;
    }

    private static Location locate(String source, Mark mark) {
        return mark == null ? Location.ofFile(source) : new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
