package io.ironbook.app;

import io.ironbook.cli.Cli;
import io.ironbook.config.IronbookPaths;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The entry point: prepares the log file, builds the services and runs the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        IronbookPaths paths = IronbookPaths.fromEnvironment();
        LogSetup.toFile(paths.logFile());
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        int code = new Cli(new DefaultServices(paths)).run(args, out, err);
        System.exit(code);
    }
}
