package io.ironbook.tui.view;

import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A live diagnosis without a node: it reports two progress lines, may wait on a latch (so that a test sees the
 * progress), then runs the real {@link Diagnoser} with the shipped rules on a bundle of the test resources.
 */
final class FakeLiveDiagnosis implements LiveDiagnosis {
    static final String POWER_LOSS = "90-power-loss-readonly-var-full-cascade";

    final AtomicInteger calls = new AtomicInteger();
    volatile CountDownLatch held;
    volatile Exception failure;
    /** Set when a diagnosis was interrupted while it waited (the operator left its screen). */
    final java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
    private final Diagnoser diagnoser;
    private final Path bundle;

    FakeLiveDiagnosis(String bundleName, RemediationIndex remediation) {
        this.diagnoser = Diagnoser.withShippedRules(remediation);
        this.bundle = bundle(bundleName);
    }

    static Path bundle(String name) {
        try {
            return Path.of(FakeLiveDiagnosis.class.getResource("/diagnose/bundles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public DiagnosisReport diagnose(String node, Consumer<String> progress) throws Exception {
        calls.incrementAndGet();
        progress.accept("connecting to " + node + " over SSH");
        progress.accept("collecting kernel.log, mounts.txt (6 of 13 probes)");
        CountDownLatch latch = held;
        try {
            if (latch != null && !latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the diagnosis");
            }
        } catch (InterruptedException e) {
            interrupted.set(true);
            throw e;
        }
        if (failure != null) {
            throw failure;
        }
        progress.accept("bundle " + bundle.getFileName() + " read");
        return diagnoser.diagnose(EvidenceBundle.read(bundle));
    }
}
