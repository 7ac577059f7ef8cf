package io.ironbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ironbook console}: the full-screen console on the current kubeconfig context. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "The full-screen console on the current kubeconfig context: live nodes, detail, cordon,"
                + " uncordon and drain behind confirmation gates, runbooks run step by step through their gates."
                + " Keys: ? help, b runbooks, q quit.")
final class ConsoleCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    ConsoleCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        return ConsoleLauncher.open(services, options);
    }
}
