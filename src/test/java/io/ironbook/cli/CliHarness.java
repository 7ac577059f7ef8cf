package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process with captured output, for tests. */
public final class CliHarness {

    /** What one command line printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private final Services services;

    public CliHarness(Services services) {
        this.services = services;
    }

    /** A harness whose services see only the given state and config folders. */
    public static CliHarness withHome(Path home) {
        IronbookPaths paths = new IronbookPaths(home.resolve("state"), home.resolve("config"), home);
        return new CliHarness(new TestServices(paths));
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(services).run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
