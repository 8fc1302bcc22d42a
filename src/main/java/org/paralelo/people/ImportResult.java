package org.paralelo.people;

import java.util.List;

/**
 * What a confirmed import did. {@code imported} is everyone the file names on a valid row (created, updated or
 * unchanged), for enrolling them into a run; {@code links} are the activation links of the new accounts.
 */
public record ImportResult(int created, int updated, int unchanged, int skipped, List<PersonId> imported,
                           List<ActivationLink> links, boolean mailed) {

    public ImportResult {
        imported = List.copyOf(imported);
        links = List.copyOf(links);
    }
}
