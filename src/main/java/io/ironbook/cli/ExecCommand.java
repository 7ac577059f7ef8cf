package io.ironbook.cli;

import io.ironbook.remote.FanOut;
import io.ironbook.remote.HostKeyPolicy;
import io.ironbook.remote.InvalidConfigException;
import io.ironbook.remote.KnownHosts;
import io.ironbook.remote.OutputStreamKind;
import io.ironbook.remote.RemoteCommand;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshTarget;
import io.ironbook.remote.TargetResolver;
import io.ironbook.remote.UnknownNodeException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook exec (NODE... | --group G | --all) [--parallel N] [--timeout D] -- COMMAND}: the same
 * command on many nodes over SSH, output prefixed by node as it arrives, a summary at the end.
 */
@Command(name = "exec",
        mixinStandardHelpOptions = true,
        customSynopsis = {"ironbook exec (NODE... | --group G | --all) [--parallel N]",
                "              [--timeout D] [--sudo] [--accept-new-host-keys] -- COMMAND..."},
        description = {"Runs a command on nodes over SSH, in parallel; output is prefixed by node as it arrives,"
                + " and a summary of exit statuses ends it.",
                "Exit status: 0 when every node succeeded, 1 otherwise, 2 for an unknown node or a bad file."},
        footer = {"", "Examples:", "  ironbook exec --inventory hosts.ini --all -- uptime",
                "  ironbook exec --inventory hosts.ini --group kube_node --parallel 50 \\",
                "      --timeout 30s -- 'cat /proc/mounts'"})
public final class ExecCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NODE", arity = "0..*", description = "nodes, then -- and the command")
    private List<String> words = new ArrayList<>();

    @Option(names = "--group", paramLabel = "G", description = "every node of this inventory group (repeatable)")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--all", description = "every node the inventory (or ssh_config) names")
    private boolean all;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "10",
            description = "nodes at a time (default: ${DEFAULT-VALUE})")
    private int parallel;

    @Option(names = "--timeout", paramLabel = "D", converter = DurationConverter.class,
            description = "per-node limit for the command, e.g. 90s, 5m, 1h30m (default: none)")
    private Duration timeout;

    @Option(names = "--sudo", description = "run the command as root through sudo -n (never asks for a password)")
    private boolean sudo;

    @Option(names = "--accept-new-host-keys",
            description = "record the host key of a node never seen before (StrictHostKeyChecking=accept-new);"
                    + " a changed key is still refused")
    private boolean acceptNew;

    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(3);

    @Spec
    private CommandSpec spec;

    private final Services services;
    private final GlobalOptions options;

    ExecCommand(Services services, GlobalOptions options) {
        this.services = Objects.requireNonNull(services);
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public Integer call() throws InterruptedException {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dashes = original.indexOf("--");
        if (dashes < 0 || dashes == original.size() - 1) {
            throw UserError.usage("missing the command: ironbook exec NODE... -- COMMAND");
        }
        List<String> commandWords = original.subList(dashes + 1, original.size());
        List<String> nodes = words.subList(0, Math.max(0, words.size() - commandWords.size()));
        if (options.readOnly()) {
            throw UserError.usage("exec runs arbitrary commands on nodes, which --read-only forbids");
        }
        if (parallel < 1) {
            throw UserError.usage("--parallel must be at least 1");
        }
        List<SshTarget> targets = targets(nodes);
        RemoteCommand command = RemoteCommand.of(String.join(" ", commandWords));
        if (sudo) {
            command = command.withSudo();
        }
        if (timeout != null) {
            command = command.withTimeout(timeout);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecPrinter printer = new ExecPrinter(out, err, targets.stream().map(SshTarget::node).toList());
        List<FanOut.NodeOutcome> outcomes;
        FanOut.Listener listener = new FanOut.Listener() {
            @Override
            public void onLine(String node, OutputStreamKind stream, String line) {
                printer.line(node, stream, line);
            }

            @Override
            public void finished(FanOut.NodeOutcome outcome) {
                printer.finished(outcome);
            }
        };
        try (RemoteShell shell = shell()) {
            FanOut fanOut = new FanOut(shell, parallel);
            // Ctrl-C: stop the remote commands too, not only this process
            Thread onInterrupt = new Thread(() -> fanOut.cancelAll(INTERRUPT_GRACE), "exec-interrupt");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                outcomes = fanOut.run(targets, command, listener);
            } finally {
                removeHook(onInterrupt);
            }
        }
        printer.summary(outcomes);
        return outcomes.stream().allMatch(FanOut.NodeOutcome::succeeded) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
    }

    private RemoteShell shell() {
        try {
            return services.remoteShell(options, new ConsolePassphrasePrompt(System.console()));
        } catch (InvalidConfigException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    private List<SshTarget> targets(List<String> nodes) {
        if (nodes.isEmpty() && groups.isEmpty() && !all) {
            throw UserError.usage("name the nodes: NODE..., --group G or --all");
        }
        try {
            TargetResolver resolver = services.targets(options);
            LinkedHashSet<String> names = new LinkedHashSet<>(nodes);
            for (String group : groups) {
                names.addAll(resolver.group(group));
            }
            if (all) {
                List<String> everyone = resolver.all();
                if (everyone.isEmpty()) {
                    throw UserError.usage("--all found no nodes: give --inventory FILE or Host entries in the ssh config");
                }
                names.addAll(everyone);
            }
            if (names.isEmpty()) {
                throw UserError.usage("no nodes to run on (the group is empty)");
            }
            List<SshTarget> targets = new ArrayList<>();
            for (String name : names) {
                SshTarget target = resolver.resolve(name);
                KnownHosts.load(target.knownHostsFiles());
                targets.add(acceptNew ? target.withHostKeyPolicy(HostKeyPolicy.ACCEPT_NEW) : target);
            }
            return targets;
        } catch (UnknownNodeException | InvalidConfigException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
        }
    }
}
