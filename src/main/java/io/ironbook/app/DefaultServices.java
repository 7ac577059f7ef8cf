package io.ironbook.app;

import io.ironbook.cli.LabLauncher;
import io.ironbook.cli.Services;
import io.ironbook.config.IronbookPaths;
import io.ironbook.lab.Lab;
import java.io.InputStream;

/** The production services: real adapters on the operator's files, cluster and nodes. */
final class DefaultServices implements Services {
    private final IronbookPaths paths;

    DefaultServices(IronbookPaths paths) {
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

    @Override
    public InputStream stdin() {
        return System.in;
    }
}
