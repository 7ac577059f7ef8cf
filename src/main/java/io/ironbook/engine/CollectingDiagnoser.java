package io.ironbook.engine;

import io.ironbook.collect.BundleCollector;
import io.ironbook.collect.CollectionReport;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The production {@link NodeDiagnoser}: collects the node's evidence bundle with the {@link BundleCollector}
 * into a folder of its own under {@code bundles} (kept, as the run's evidence), then reads it back and
 * diagnoses it exactly as {@code ironbook diagnose --bundle} does.
 */
public final class CollectingDiagnoser implements NodeDiagnoser {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final BundleCollector collector;
    private final Diagnoser diagnoser;
    private final Path bundles;
    private final Clock clock;

    /**
     * @param bundles the folder under which each diagnosis keeps its bundle ({@code NODE-TIMESTAMP})
     */
    public CollectingDiagnoser(BundleCollector collector, Diagnoser diagnoser, Path bundles, Clock clock) {
        this.collector = collector;
        this.diagnoser = diagnoser;
        this.bundles = bundles;
        this.clock = clock;
    }

    @Override
    public List<Finding> diagnose(String node, Consumer<String> progress) throws IOException, InterruptedException {
        return report(node, progress).findings().stream().map(f -> new Finding(f.id(), f.summary())).toList();
    }

    /**
     * Collects the node's bundle and returns the whole diagnosis: findings with their evidence, the cascade,
     * the runbooks for the roots.
     *
     * @throws IOException when nothing at all could be collected
     */
    public DiagnosisReport report(String node, Consumer<String> progress) throws IOException, InterruptedException {
        Files.createDirectories(bundles);
        Path dir = Files.createTempDirectory(bundles, node + "-" + STAMP.format(clock.instant()) + "-");
        CollectionReport collected = collector.collect(node, dir, progress::accept);
        if (collected.fileCount() == 0) {
            throw new IOException("nothing could be collected from " + node + ": ssh: "
                    + collected.sshError().orElse("ok") + "; api: " + collected.apiError().orElse("ok"));
        }
        collected.sshError().ifPresent(e -> progress.accept("ssh unreachable (" + e + "): diagnosing the API evidence only"));
        DiagnosisReport report = diagnoser.diagnose(EvidenceBundle.read(dir));
        progress.accept("bundle kept in " + dir + "; " + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s"));
        return report;
    }
}
