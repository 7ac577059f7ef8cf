package io.ironbook.diagnose.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a bundle folder: the collector hands it each probe's output by contract file name and the
 * meta, and {@link EvidenceBundle#read(Path)} reads the result back.
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    /**
     * Writes the files and meta.yaml into {@code dir}, creating it; existing files of the same name are
     * replaced.
     *
     * @throws IllegalArgumentException when a name is not a plain file name
     */
    public static void write(Path dir, Map<String, String> files, BundleMeta meta) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = file.getKey();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IllegalArgumentException("not a bundle file name: " + name);
            }
            Files.writeString(dir.resolve(name), file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(BundleFiles.META), BundleMetaYaml.write(meta), StandardCharsets.UTF_8);
    }
}
