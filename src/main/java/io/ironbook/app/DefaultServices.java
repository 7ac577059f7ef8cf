package io.ironbook.app;

import io.ironbook.cli.GlobalOptions;
import io.ironbook.cli.Services;
import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.RemediationIndex;

/** The production services: real adapters on the operator's files, cluster and nodes. */
final class DefaultServices implements Services {
    private final IronbookPaths paths;

    DefaultServices(IronbookPaths paths) {
        this.paths = paths;
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }

    /**
     * The runbooks' appliesTo as a remediation index. The runbook catalogue is not in this build yet,
     * so the index is empty; once it is, map each catalogue entry to a RunbookEntry(id, title, appliesTo)
     * and return {@code RemediationIndex.of(entries)}.
     */
    @Override
    public RemediationIndex remediation(GlobalOptions options) {
        return RemediationIndex.empty();
    }
}
