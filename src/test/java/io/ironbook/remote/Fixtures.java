package io.ironbook.remote;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Fixture files of src/test/resources/remote. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/remote/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
