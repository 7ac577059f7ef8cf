package io.ironbook.collect;

import io.ironbook.cluster.ClusterEvent;
import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.remote.CommandResult;
import io.ironbook.remote.OutputStreamKind;
import io.ironbook.remote.RemoteCommand;
import io.ironbook.remote.RemoteException;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.RunningCommand;
import io.ironbook.remote.SshTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds an evidence bundle for one node: the contract's read-only probes over one SSH connection,
 * all at once in parallel sessions, each with its own timeout; then the Node object and its events
 * from the API; then {@code meta.yaml} saying what was collected, when, from where, and which probes
 * failed and why. It works with SSH only (kubelet and containerd dead), with the API only (SSH
 * unreachable), and on a read-only root (the kernel ring buffer is read with dmesg).
 */
public final class BundleCollector {
    /** How long one probe may run. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);
    /** Sessions open at once on the connection: OpenSSH allows 10 by default (MaxSessions). */
    static final int SESSIONS = 8;

    private final Optional<ClusterGateway> cluster;
    private final RemoteShell shell;
    private final Function<String, SshTarget> targets;
    private final Clock clock;
    private final String collector;
    private final List<Probe> probes;

    /**
     * @param cluster   the API, when there is one
     * @param collector who collects, for meta.yaml ({@code ops@jump-1})
     */
    public BundleCollector(Optional<ClusterGateway> cluster, RemoteShell shell, Function<String, SshTarget> targets,
                           Clock clock, String collector) {
        this(cluster, shell, targets, clock, collector, Probe.standard());
    }

    BundleCollector(Optional<ClusterGateway> cluster, RemoteShell shell, Function<String, SshTarget> targets, Clock clock,
                    String collector, List<Probe> probes) {
        this.cluster = cluster;
        this.shell = shell;
        this.targets = targets;
        this.clock = clock;
        this.collector = collector;
        this.probes = List.copyOf(probes);
    }

    public CollectionReport collect(String node, Path dir, CollectListener listener) throws InterruptedException {
        Instant started = clock.instant();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<ProbeResult> results = new ArrayList<>();
        Optional<String> sshError = Optional.empty();
        Optional<SshTarget> target = Optional.empty();
        try {
            target = Optional.of(targets.apply(node));
            shell.connect(target.get());
            results = runProbes(target.get(), dir, listener);
        } catch (RemoteException e) {
            sshError = Optional.of(e.getMessage());
            listener.progress("ssh: " + e.getMessage() + " — collecting what the API knows only");
        } catch (RuntimeException e) {
            sshError = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
            listener.progress("ssh: " + sshError.get() + " — collecting what the API knows only");
        }
        List<String> apiFiles = new ArrayList<>();
        Optional<String> apiError = apiEvidence(node, dir, apiFiles, listener);
        CollectionReport report = new CollectionReport(node, dir, started, results, sshError, apiFiles, apiError);
        BundleMeta.write(report, dir, collector, target.map(SshTarget::describe), cluster.map(c -> c.contextName() + " " + c.server()),
                Duration.between(started, clock.instant()));
        return report;
    }

    private List<ProbeResult> runProbes(SshTarget target, Path dir, CollectListener listener) throws InterruptedException {
        List<ProbeResult> results = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += SESSIONS) {
            List<Started> running = new ArrayList<>();
            for (Probe probe : probes.subList(from, Math.min(probes.size(), from + SESSIONS))) {
                running.add(start(target, probe, probe.root()));
            }
            for (Started started : running) {
                ProbeResult result = finish(target, started, dir);
                listener.progress(result.probe().file() + ": " + result.outcome()
                        + (result.written() ? ", " + result.lines() + " lines" : result.error().map(e -> " (" + e + ")").orElse("")));
                results.add(result);
            }
        }
        return results;
    }

    private record Started(Probe probe, boolean root, Optional<RunningCommand> command, ProbeOutput output,
                           Optional<String> error, Instant at) {
    }

    private Started start(SshTarget target, Probe probe, boolean root) throws InterruptedException {
        ProbeOutput output = new ProbeOutput();
        RemoteCommand command = new RemoteCommand(probe.command(), root, Optional.of(PROBE_TIMEOUT), false);
        try {
            return new Started(probe, root, Optional.of(shell.start(target, command, output)), output, Optional.empty(), clock.instant());
        } catch (RemoteException e) {
            return new Started(probe, root, Optional.empty(), output, Optional.of(e.getMessage()), clock.instant());
        }
    }

    private ProbeResult finish(SshTarget target, Started started, Path dir) throws InterruptedException {
        Probe probe = started.probe();
        if (started.command().isEmpty()) {
            return new ProbeResult(probe, false, "not run", 0, Duration.ZERO, started.error());
        }
        CommandResult result;
        try {
            result = started.command().get().await();
        } catch (RemoteException e) {
            return new ProbeResult(probe, false, "failed", 0, Duration.between(started.at(), clock.instant()),
                    Optional.of(e.getMessage()));
        }
        if (result.outcome() == CommandResult.Outcome.SUDO_PASSWORD_REQUIRED && started.root()) {
            ProbeResult plain = finish(target, start(target, probe, false), dir);
            return new ProbeResult(probe, plain.written(), plain.outcome() + " (sudo wants a password: ran as " + target.user() + ")",
                    plain.lines(), plain.duration(), plain.error());
        }
        Duration took = Duration.between(started.at(), clock.instant());
        String text = started.output().text(OutputStreamKind.STDOUT);
        boolean ok = result.outcome() == CommandResult.Outcome.EXITED
                && probe.okExits().contains(result.exitStatus().orElse(-1));
        if (!ok || text.isBlank()) {
            String why = started.output().text(OutputStreamKind.STDERR).strip().lines().findFirst().orElse(result.summary());
            return new ProbeResult(probe, false, result.summary(), 0, took, Optional.of(text.isBlank() && ok ? "no output" : why));
        }
        try {
            Files.writeString(dir.resolve(probe.file()), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(probe.file()), e);
        }
        return new ProbeResult(probe, true, result.summary(), (int) text.lines().count(), took, Optional.empty());
    }

    private Optional<String> apiEvidence(String node, Path dir, List<String> files, CollectListener listener) {
        if (cluster.isEmpty()) {
            return Optional.of("no cluster configured");
        }
        try {
            if (!cluster.get().nodeExists(node)) {
                listener.progress("api: the cluster has no node " + node);
                return Optional.of("the cluster has no node " + node);
            }
            Files.writeString(dir.resolve("node.yaml"), cluster.get().nodeYaml(node), StandardCharsets.UTF_8);
            files.add("node.yaml");
            List<ClusterEvent> events = cluster.get().nodeEvents(node);
            StringBuilder text = new StringBuilder();
            for (ClusterEvent event : events) {
                text.append(event.lastSeen().or(event::firstSeen).map(Instant::toString).orElse("-")).append("  ")
                        .append(event.type()).append("  ").append(event.reason()).append("  ").append(event.source())
                        .append("  ").append(event.message().replace('\n', ' ')).append('\n');
            }
            if (!events.isEmpty()) {
                Files.writeString(dir.resolve("events.txt"), text, StandardCharsets.UTF_8);
                files.add("events.txt");
            }
            listener.progress("api: node.yaml" + (events.isEmpty() ? "" : ", events.txt (" + events.size() + " events)"));
            return Optional.empty();
        } catch (ClusterException e) {
            listener.progress("api: " + e.getMessage());
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API evidence into " + dir, e);
        }
    }
}
