package io.ironbook.runbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The runbooks packaged with ironbook, read from the {@code runbooks/} folder on the class path. */
final class ShippedRunbooks {

    /** One shipped file: its name as shown ({@code runbooks/x.yaml}) and its bytes. */
    record File(String name, byte[] bytes) {
    }

    private ShippedRunbooks() {
    }

    static List<File> list() {
        URL url = ShippedRunbooks.class.getResource("/runbooks");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/runbooks"));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class-path URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped runbooks", e);
        }
    }

    private static List<File> read(Path dir) throws IOException {
        List<File> files = new ArrayList<>();
        try (Stream<Path> stream = Files.list(dir)) {
            for (Path path : stream.sorted().toList()) {
                String name = path.getFileName().toString();
                if (RunbookCatalogue.isRunbookFile(name)) {
                    files.add(new File("runbooks/" + name, Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }
}
