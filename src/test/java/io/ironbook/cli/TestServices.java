package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.RemediationIndex;

/** Services for command-line tests, rooted in a temporary home. */
final class TestServices implements Services {
    private final IronbookPaths paths;
    private RemediationIndex remediation;

    TestServices(IronbookPaths paths) {
        this.paths = paths;
    }

    /**
     * Makes {@link #remediation(GlobalOptions)} answer with the given index (a fake runbook catalogue);
     * without it, the real catalogue answers.
     */
    TestServices withRemediation(RemediationIndex index) {
        this.remediation = index;
        return this;
    }

    @Override
    public RemediationIndex remediation(GlobalOptions options) {
        return remediation != null ? remediation : Services.super.remediation(options);
    }

    @Override
    public IronbookPaths paths() {
        return paths;
    }
}
