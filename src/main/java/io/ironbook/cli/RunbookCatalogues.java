package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import io.ironbook.runbook.RunbookSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the runbook catalogue in the contract's order: shipped, then the operator's folder, then
 * {@code --runbooks DIR}; runbooks are checked against the finding ids of the diagnosis contract.
 */
final class RunbookCatalogues {

    private RunbookCatalogues() {
    }

    static RunbookCatalogue load(IronbookPaths paths, GlobalOptions options, List<Path> files) {
        List<RunbookCatalogue.Place> places = new ArrayList<>();
        places.add(new RunbookCatalogue.Place(RunbookSource.Origin.USER, paths.userRunbooksDir()));
        options.runbooksDir().ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                throw UserError.usage("--runbooks " + dir + ": no such folder");
            }
            places.add(new RunbookCatalogue.Place(RunbookSource.Origin.DIRECTORY, dir));
        });
        return RunbookCatalogue.load(new RunbookLoader(FindingIds.all()), places, files);
    }
}
