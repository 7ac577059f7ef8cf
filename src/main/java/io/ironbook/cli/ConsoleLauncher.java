package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeStore;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.engine.EngineDeps;
import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunbookRunner;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.TargetResolver;
import io.ironbook.tui.Console;
import io.ironbook.tui.ConsoleOptions;
import io.ironbook.tui.theme.ThemeException;
import io.ironbook.tui.view.ConsoleOperations;
import io.ironbook.tui.view.LabCommands;
import io.ironbook.tui.view.RunLauncher;
import io.ironbook.tui.view.TargetDescriber;
import java.io.IOException;
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
        return open(services, options, Optional.empty());
    }

    /** As {@link #open(Services, GlobalOptions)}, with the lab's control commands when it runs on the lab. */
    static int open(Services services, GlobalOptions options, Optional<LabCommands> lab) {
        Console console = prepare(services, options);
        ClusterGateway gateway;
        try {
            gateway = services.cluster(options);
        } catch (ClusterException e) {
            throw unreachable(e);
        }
        try (gateway) {
            return open(console, gateway, targets(services, options, gateway), services, options, lab);
        }
    }

    /** Checks the theme options; a bad theme is a usage error naming the file and line. */
    static Console prepare(Services services, GlobalOptions options) {
        try {
            return Console.prepare(new ConsoleOptions(options.theme(), Optional.of(services.paths().userThemesDir()),
                    options.readOnly(), services.operator()), terminalCharset());
        } catch (ThemeException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    /**
     * The detail screen's "ssh" line: the node's target from {@code --inventory} and the ssh_config, else its
     * InternalIP from the cluster, with the file and line that decided it.
     */
    static TargetDescriber targets(Services services, GlobalOptions options, ClusterGateway gateway) {
        TargetResolver resolver = RemoteSetup.resolver(options, services.paths(),
                node -> gateway.node(node).map(NodeSummary::internalIp).filter(ip -> !ip.isEmpty()));
        return node -> Optional.of(resolver.resolve(node).describe());
    }

    /**
     * Runs the console on a gateway whose cluster answers; the caller closes the gateway. A bad
     * {@code --inventory} or {@code --ssh-config} is named (file:line) before the terminal is touched.
     * Runs take SSH keys from the agent and unencrypted key files: the console never prompts on a terminal
     * it has taken over.
     */
    static int open(Console console, ClusterGateway gateway, TargetDescriber targets, Services services,
            GlobalOptions options, Optional<LabCommands> lab) {
        try {
            gateway.nodes();
        } catch (ClusterException e) {
            throw unreachable(e);
        }
        if (System.console() == null) {
            throw UserError.usage("the console needs an interactive terminal on stdin and stdout");
        }
        try (EngineSetup engine = EngineSetup.on(services, options, PassphrasePrompt.NONE, gateway);
             NodeStore store = gateway.watchNodes()) {
            console.run(gateway, store, targets, Optional.of(operations(engine, lab)), System.in, System.out);
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILED, "the terminal failed: " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private static ConsoleOperations operations(EngineSetup engine, Optional<LabCommands> lab) {
        EngineDeps deps = engine.deps();
        return new ConsoleOperations(deps.catalogue(), RunLauncher.of(new RunbookRunner(deps)),
                new JournalStore(deps.journalDir()), engine.diagnoser()::report, lab);
    }

    private static UserError unreachable(ClusterException e) {
        boolean noCluster = e.kind() == ClusterException.Kind.UNREACHABLE || e.kind() == ClusterException.Kind.CONFIG;
        String hint = noCluster ? " (to try ironbook without a cluster: ironbook lab)" : "";
        return new UserError(ExitCodes.USAGE, e.getMessage() + hint, e);
    }

    /** The terminal's charset, as the JVM saw stdout's encoding. */
    static Charset terminalCharset() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        return encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
    }
}
