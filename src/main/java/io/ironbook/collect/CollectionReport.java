package io.ironbook.collect;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a bundle was collected: where it is, what each probe gave, and whether SSH and the API answered.
 *
 * @param node      the node
 * @param dir       the bundle folder
 * @param collected when
 * @param probes    every SSH probe, in order
 * @param sshError  why SSH gave nothing, when it did not answer
 * @param apiFiles  the files written from the API
 * @param apiError  why the API gave nothing, when it did not answer
 */
public record CollectionReport(String node, Path dir, Instant collected, List<ProbeResult> probes,
                               Optional<String> sshError, List<String> apiFiles, Optional<String> apiError) {

    public CollectionReport {
        probes = List.copyOf(probes);
        apiFiles = List.copyOf(apiFiles);
    }

    /** Files the bundle holds. */
    public int fileCount() {
        return (int) probes.stream().filter(ProbeResult::written).count() + apiFiles.size();
    }
}
