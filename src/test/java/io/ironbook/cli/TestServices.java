package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;

/** Services for command-line tests, rooted in a temporary home. */
final class TestServices implements Services {
    private final IronbookPaths paths;

    TestServices(IronbookPaths paths) {
        this.paths = paths;
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }
}
