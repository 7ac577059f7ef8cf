package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.lab.Lab;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Services for command-line tests, rooted in a temporary home. */
final class TestServices implements Services {
    private final IronbookPaths paths;
    private String stdin = "";

    TestServices(IronbookPaths paths) {
        this.paths = paths;
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }

    @Override
    public LabLauncher labLauncher() {
        return Lab::start;
    }

    /** What the next command reads on stdin. */
    TestServices withStdin(String text) {
        this.stdin = text;
        return this;
    }

    @Override
    public InputStream stdin() {
        return new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    }
}
