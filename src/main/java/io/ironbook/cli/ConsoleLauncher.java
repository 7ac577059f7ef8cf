package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeStore;
import io.ironbook.tui.Console;
import io.ironbook.tui.ConsoleOptions;
import io.ironbook.tui.theme.ThemeException;
import io.ironbook.tui.view.TargetDescriber;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Opens the console: checks the theme, then that the cluster answers (a one-line error with a hint to try
 * the lab when it does not, before the screen is touched), then runs the console on this terminal. Shared by
 * {@code ironbook} and {@code ironbook console}; {@code ironbook lab} opens it the same way on its cluster.
 */
final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    static int open(Services services, GlobalOptions options) {
        Console console = prepare(services, options);
        ClusterGateway gateway;
        try {
            gateway = services.cluster(options);
        } catch (ClusterException e) {
            throw unreachable(e);
        }
        try (gateway) {
            return open(console, gateway);
        }
    }

    /** Checks the theme options; a bad theme is a usage error naming the file and line. */
    static Console prepare(Services services, GlobalOptions options) {
        try {
            return Console.prepare(new ConsoleOptions(options.theme(), Optional.of(services.paths().userThemesDir()),
                    options.readOnly(), operator(), TargetDescriber.none()), terminalCharset());
        } catch (ThemeException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    /** Runs the console on a gateway whose cluster answers; the caller closes the gateway. */
    static int open(Console console, ClusterGateway gateway) {
        try {
            gateway.nodes();
        } catch (ClusterException e) {
            throw unreachable(e);
        }
        if (System.console() == null) {
            throw UserError.usage("the console needs an interactive terminal on stdin and stdout");
        }
        try (NodeStore store = gateway.watchNodes()) {
            console.run(gateway, store, System.in, System.out);
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILED, "the terminal failed: " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private static UserError unreachable(ClusterException e) {
        boolean noCluster = e.kind() == ClusterException.Kind.UNREACHABLE || e.kind() == ClusterException.Kind.CONFIG;
        String hint = noCluster ? " (to try ironbook without a cluster: ironbook lab)" : "";
        return new UserError(ExitCodes.USAGE, e.getMessage() + hint, e);
    }

    /** {@code user@host}, recorded on nodes this operator cordons. */
    static String operator() {
        String user = System.getProperty("user.name", "unknown");
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return user + "@" + host;
    }

    /** The terminal's charset, as the JVM saw stdout's encoding. */
    static Charset terminalCharset() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        return encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
    }
}
