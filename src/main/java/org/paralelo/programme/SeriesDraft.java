package org.paralelo.programme;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;

/** What an organiser types for a debate series; the creator is always one of its organisers. */
public record SeriesDraft(String name, String description, String municipality, @Nullable MexicanState state,
                          Set<Long> regionIds, Set<PersonId> organisers) {
}
