package io.ironbook.engine;

import io.ironbook.cluster.CordonRequest;
import io.ironbook.cluster.DrainOptions;
import io.ironbook.runbook.GoDuration;
import io.ironbook.runbook.Step;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Turns a drain step's {@code with} options, params filled in, into the cluster's drain options. */
final class DrainSettings {

    private DrainSettings() {
    }

    static DrainOptions options(Map<String, String> with, StepText text, String node, RunContext run, Step step) {
        CordonRequest cordon = new CordonRequest(run.deps().operator().toString(), run.runId(),
                run.runbook().id() + " step " + step.id());
        DrainOptions options = DrainOptions.defaults(cordon);
        options = options.withIgnoreDaemonSets(bool(with, "ignoreDaemonSets", text, node))
                .withDeleteEmptyDirData(bool(with, "deleteEmptyDirData", text, node))
                .withForce(bool(with, "force", text, node));
        Optional<Duration> grace = duration(with, "gracePeriod", text, node);
        if (grace.isPresent()) {
            options = options.withGracePeriodSeconds((int) grace.get().toSeconds());
        }
        Optional<Duration> timeout = duration(with, "timeout", text, node);
        if (timeout.isPresent()) {
            options = options.withTimeout(timeout.get());
        }
        return new DrainOptions(options.ignoreDaemonSets(), options.deleteEmptyDirData(), options.force(),
                options.gracePeriodSeconds(), options.timeout(),
                Optional.ofNullable(with.get("podSelector")).map(s -> text.plain(s, Optional.of(node))).orElse(""),
                bool(with, "disableEviction", text, node),
                duration(with, "skipWaitForDeleteTimeout", text, node).orElse(Duration.ZERO),
                options.evictionRetryInterval(), options.pollInterval(), cordon);
    }

    private static boolean bool(Map<String, String> with, String name, StepText text, String node) {
        return Optional.ofNullable(with.get(name)).map(v -> text.plain(v, Optional.of(node))).map("true"::equals).orElse(false);
    }

    private static Optional<Duration> duration(Map<String, String> with, String name, StepText text, String node) {
        return Optional.ofNullable(with.get(name)).map(v -> text.plain(v, Optional.of(node))).flatMap(GoDuration::parse);
    }
}
