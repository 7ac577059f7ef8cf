package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.RemediationIndex;

/**
 * What the commands need from the outside world, built by the composition root. Commands ask for an
 * adapter when they run, so that a command that needs no cluster never reads a kubeconfig.
 */
public interface Services {

    /** The folders ironbook reads and writes. */
    IronbookPaths paths();

    /**
     * The runbooks that remedy each finding (their {@code appliesTo}), for the diagnosis report's
     * "next:" line; by default the runbook catalogue (shipped, user folder, {@code --runbooks DIR}).
     */
    default RemediationIndex remediation(GlobalOptions options) {
        return CatalogueRemediation.load(paths(), options);
    }

}
