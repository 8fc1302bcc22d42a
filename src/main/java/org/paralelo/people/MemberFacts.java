package org.paralelo.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a member's public network profile shows from their account: name, place, region, position and creative
 * fields; never the e-mail address or roles beyond whether they train.
 */
public record MemberFacts(PersonId id, String fullName, String username, @Nullable MexicanState state,
                          @Nullable String municipality, @Nullable Long regionId, @Nullable String regionName,
                          @Nullable Position position, Set<CreativeField> creativeFields, boolean trainer) {

    public MemberFacts {
        creativeFields = Set.copyOf(creativeFields);
    }
}
