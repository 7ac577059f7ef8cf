package io.ironbook.runbook;

import io.ironbook.yaml.Location;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Loads one runbook file and enforces every rule of the runbook format. The first problem found is
 * a {@link RunbookException} naming the file, line and column.
 */
public final class RunbookLoader {

    private final RunbookParser parser;

    /**
     * @param findingIds the finding ids that {@code appliesTo} and {@code expectAbsent} may name
     */
    public RunbookLoader(Set<String> findingIds) {
        this.parser = new RunbookParser(Set.copyOf(findingIds));
    }

    /** Loads the file; errors name it as {@code file} is written. */
    public Runbook load(Path file, RunbookSource.Origin origin) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new RunbookException(name, 0, 0, "is a folder, not a runbook file");
            }
            if (Files.size(file) > YamlReader.MAX_BYTES) {
                throw new RunbookException(name, 0, 0, "file is too large to be a runbook");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RunbookException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new RunbookException(name, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        return load(name, bytes, origin);
    }

    /** Loads runbook text; {@code name} names it in errors and in its source. */
    public Runbook load(String name, byte[] bytes, RunbookSource.Origin origin) {
        RunbookSource source = new RunbookSource(origin, name, sha256(bytes));
        try {
            YamlNode root = YamlReader.read(name, bytes);
            return parser.parse(root, source);
        } catch (YamlException e) {
            Location at = e.location();
            throw new RunbookException(at.source(), at.line(), at.column(), e.problem(), e);
        }
    }

    /** Hex SHA-256 of the bytes, as recorded in run journals. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
