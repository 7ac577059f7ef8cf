package io.ironbook.diagnose;

import java.util.List;

/**
 * What diagnosis needs to know of one runbook of the catalogue: its id, title and the finding ids its
 * {@code appliesTo} names. The command line builds these from the runbook catalogue.
 *
 * @param id        the runbook's id
 * @param title     its title
 * @param appliesTo the finding ids it remedies
 */
public record RunbookEntry(String id, String title, List<String> appliesTo) {

    public RunbookEntry {
        appliesTo = List.copyOf(appliesTo);
    }
}
