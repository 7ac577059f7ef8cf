package io.ironbook.cli;

import io.ironbook.lab.Lab;
import io.ironbook.lab.LabControl;
import io.ironbook.lab.LabFiles;
import io.ironbook.lab.LabOptions;
import io.ironbook.lab.ScenarioRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook lab}: starts the built-in simulated bare-metal cluster, writes its kubeconfig,
 * inventory, known_hosts, key and ssh_config, prints how to use them, and serves until Ctrl-C, reading
 * control commands ({@code scenario power-loss worker-2}) on stdin.
 */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"Start the built-in simulated bare-metal cluster: real SSH per node, a real Kubernetes API.",
            "Writes kubeconfig, inventory.ini, known_hosts, id_ed25519 and ssh_config into the lab folder.",
            "While it runs, stdin takes: scenario NAME [NODE], power-off NODE, power-on NODE, status, help, quit."})
public final class LabCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "4",
            description = "number of nodes (default: ${DEFAULT-VALUE}: one control plane and three workers; three control planes from 10 nodes)")
    private int nodes;

    @Option(names = "--scenario", paramLabel = "NAME[:NODE]",
            description = "apply a scenario at start (repeatable): healthy, power-loss, swap-on, cni-missing, cni-bin-path,"
                    + " cgroup-driver-mismatch, left-cordoned, cert-expired, disk-full, vip-down; NODE defaults to the first worker"
                    + " (cert-expired: the first control plane)")
    private List<String> scenarios = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", description = "lab folder (default: $XDG_STATE_HOME/ironbook/lab)")
    private Path dir;

    @Option(names = "--no-console", description = "do not open the console; print the paths and serve until Ctrl-C")
    private boolean noConsole;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "simulated seconds per real second, to compress grace periods and boots (default: ${DEFAULT-VALUE})")
    private double speed;

    LabCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        if (nodes < 1 || nodes > 5000) {
            throw UserError.usage("--nodes: must be between 1 and 5000, not " + nodes);
        }
        if (!(speed > 0) || speed > 1000) {
            throw UserError.usage("--speed: must be above 0 and at most 1000, not " + speed);
        }
        List<ScenarioRequest> requests = new ArrayList<>();
        for (String s : scenarios) {
            try {
                requests.add(ScenarioRequest.parse(s));
            } catch (IllegalArgumentException e) {
                throw UserError.usage("--scenario: " + e.getMessage());
            }
        }
        Path folder = dir != null ? dir : services.paths().labDir();
        long started = System.nanoTime();
        Lab lab;
        try {
            lab = services.labLauncher().start(new LabOptions(nodes, requests, folder, speed));
        } catch (IllegalArgumentException e) {
            throw UserError.usage("--scenario: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
        }
        Thread hook = new Thread(lab::close, "lab-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            PrintWriter out = spec.commandLine().getOut();
            describe(out, lab, (System.nanoTime() - started) / 1_000_000);
            if (opensConsole()) {
                LabFiles files = lab.files();
                LabControl control = new LabControl(lab);
                ConsoleLauncher.open(services, options.onLab(files.kubeconfig(), files.inventory(), files.sshConfig(),
                        files.knownHosts()), Optional.of(control::execute));
            } else {
                serve(out, lab);
            }
        } finally {
            lab.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C); the hook closes the lab.
            }
        }
        return ExitCodes.OK;
    }

    private void describe(PrintWriter out, Lab lab, long millis) {
        LabFiles f = lab.files();
        long cps = lab.nodeNames().stream().filter(n -> n.startsWith("cp-")).count();
        String worker = lab.nodeNames().stream().filter(n -> n.startsWith("worker-")).findFirst().orElse(lab.nodeNames().get(0));
        long workers = lab.nodeNames().size() - cps;
        out.printf(Locale.ROOT, "ironbook lab: %d node%s (%d control plane%s, %d worker%s) ready in %.1f s%s%n", lab.nodeNames().size(),
                lab.nodeNames().size() == 1 ? "" : "s", cps, cps == 1 ? "" : "s", workers, workers == 1 ? "" : "s", millis / 1000.0,
                speed == 1 ? "" : String.format(Locale.ROOT, ", time x%s", trim(speed)));
        out.println("  API         " + lab.apiUrl());
        out.println("  folder      " + f.dir());
        out.println("  kubeconfig  " + f.kubeconfig());
        out.println("  inventory   " + f.inventory());
        out.println("  ssh_config  " + f.sshConfig());
        out.println("  known_hosts " + f.knownHosts());
        out.println("  key         " + f.identity());
        out.println();
        out.println("Try:");
        out.println("  kubectl --kubeconfig " + f.kubeconfig() + " get nodes");
        out.println("  ssh -F " + f.sshConfig() + " " + worker + " systemctl status kubelet");
        out.println();
        if (opensConsole()) {
            out.println("Opening the console on the lab; quitting it (q) stops the lab.");
            out.flush();
            return;
        }
        if (!noConsole) {
            out.println("No terminal for the console; serving the lab until Ctrl-C instead.");
        }
        out.println("Serving until Ctrl-C. Type 'help' for commands (e.g. 'scenario power-loss " + worker + "').");
        out.flush();
    }

    private boolean opensConsole() {
        return !noConsole && services.stdoutIsTerminal();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private void serve(PrintWriter out, Lab lab) {
        LabControl control = new LabControl(lab);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(services.stdin(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.strip();
                if (command.equals("quit") || command.equals("exit")) {
                    out.println("stopping the lab");
                    out.flush();
                    return;
                }
                String reply = control.execute(command);
                if (!reply.isEmpty()) {
                    out.println(reply);
                    out.flush();
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("stdin: " + e.getMessage() + "; serving until Ctrl-C");
        }
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
