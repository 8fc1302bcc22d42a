package org.paralelo.people;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What progress tables and certificates show about a person: name, place, position and language. */
public record PersonFacts(PersonId id, String fullName, String username, @Nullable MexicanState state,
                          @Nullable String municipality, @Nullable Long regionId, @Nullable String regionName,
                          @Nullable Position position, Locale language) {
}
