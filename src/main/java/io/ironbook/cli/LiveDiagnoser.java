package io.ironbook.cli;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.collect.BundleCollector;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import io.ironbook.engine.NodeDiagnoser;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Live diagnosis for {@code diagnose} steps, on the one data path: collect the node's evidence into a
 * temporary bundle, then analyse the bundle with the shipped rules.
 */
final class LiveDiagnoser implements NodeDiagnoser {
    private final Optional<ClusterGateway> cluster;
    private final RemoteShell shell;
    private final Function<String, SshTarget> targets;
    private final String collector;

    LiveDiagnoser(Optional<ClusterGateway> cluster, RemoteShell shell, Function<String, SshTarget> targets, String collector) {
        this.cluster = cluster;
        this.shell = shell;
        this.targets = targets;
        this.collector = collector;
    }

    @Override
    public List<Finding> diagnose(String node, Consumer<String> progress) throws Exception {
        Path dir = Files.createTempDirectory("ironbook-bundle-" + node + "-");
        try {
            new BundleCollector(cluster, shell, targets, Clock.systemUTC(), collector).collect(node, dir, line -> { });
            DiagnosisReport report = Diagnoser.withShippedRules(RemediationIndex.of(List.of())).diagnose(EvidenceBundle.read(dir));
            progress.accept(report.healthy() ? "diagnosis: nothing wrong" : "diagnosis: found " + String.join(", ", report.findingIds()));
            return report.findings().stream().map(f -> new Finding(f.id(), f.summary())).toList();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
