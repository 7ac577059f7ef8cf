package io.ironbook.diagnose.evidence;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What {@code meta.yaml} says about a bundle: which node, when and from where it was collected, over
 * which channels, and which probes failed and why. A bundle without meta.yaml has {@link #empty()}.
 *
 * @param node          the node's name, or empty
 * @param collectedAt   when, as ISO-8601 text, or empty
 * @param collectedFrom the host the collector ran on, or empty
 * @param channels      how the evidence was reached: {@code ssh}, {@code api}
 * @param probes        every probe's outcome
 */
public record BundleMeta(String node, String collectedAt, String collectedFrom, List<String> channels,
                         List<ProbeOutcome> probes) {

    public BundleMeta {
        node = node == null ? "" : node;
        collectedAt = collectedAt == null ? "" : collectedAt;
        collectedFrom = collectedFrom == null ? "" : collectedFrom;
        channels = List.copyOf(channels);
        probes = List.copyOf(probes);
    }

    /** The meta of a bundle that has no meta.yaml: nothing known. */
    public static BundleMeta empty() {
        return new BundleMeta("", "", "", List.of(), List.of());
    }

    /** When the bundle was collected, if meta.yaml says so in ISO-8601. */
    public Optional<Instant> collectedInstant() {
        if (collectedAt.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(collectedAt));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
