package io.ironbook.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Who ran what, where: the first record of every journal.
 *
 * @param runId     the run's id
 * @param started   when it began
 * @param user      the OS user
 * @param host      the machine it ran from
 * @param context   the kubeconfig context
 * @param server    the API server
 * @param runbookId the runbook
 * @param version   its version
 * @param sha256    SHA-256 of the runbook file as it was when the run began
 * @param source    where the runbook was loaded from
 * @param params    the params, secrets redacted
 */
public record RunHeader(String runId, Instant started, String user, String host, String context, String server,
                        String runbookId, String version, String sha256, String source, Map<String, String> params) {

    public RunHeader {
        Objects.requireNonNull(runId);
        Objects.requireNonNull(started);
        params = Map.copyOf(params);
    }
}
