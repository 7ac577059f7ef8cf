package io.ironbook.diagnose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which runbooks remedy a finding: those whose {@code appliesTo} names it. Diagnosis cannot see the
 * runbook package, so the command line hands in an index built from the catalogue
 * ({@link #of(Collection)}), or {@link #empty()} when there is none.
 */
@FunctionalInterface
public interface RemediationIndex {

    /** The runbooks whose {@code appliesTo} names the finding id, in catalogue order. */
    List<RunbookEntry> runbooksFor(String findingId);

    /** No runbooks at all. */
    static RemediationIndex empty() {
        return id -> List.of();
    }

    /** An index of the given runbooks. */
    static RemediationIndex of(Collection<RunbookEntry> runbooks) {
        List<RunbookEntry> copy = List.copyOf(runbooks);
        return id -> {
            List<RunbookEntry> out = new ArrayList<>();
            for (RunbookEntry r : copy) {
                if (r.appliesTo().contains(id)) {
                    out.add(r);
                }
            }
            return out;
        };
    }
}
