package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.RunbookEntry;
import io.ironbook.runbook.RunbookCatalogue;
import java.util.List;

/**
 * The diagnosis report's remediation index built from the runbook catalogue: a finding's runbooks are
 * the winning runbooks whose {@code appliesTo} names it.
 */
final class CatalogueRemediation {

    private CatalogueRemediation() {
    }

    static RemediationIndex load(IronbookPaths paths, GlobalOptions options) {
        RunbookCatalogue catalogue = RunbookCatalogues.load(paths, options, List.of());
        return of(catalogue);
    }

    static RemediationIndex of(RunbookCatalogue catalogue) {
        return findingId -> catalogue.remediating(findingId).stream()
                .map(r -> new RunbookEntry(r.id(), r.title(), r.appliesTo()))
                .toList();
    }
}
