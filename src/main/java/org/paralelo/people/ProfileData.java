package org.paralelo.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a profile. State, position and creative fields travel as codes so that an unknown value
 * from a tampered form is refused with a message rather than failing to bind.
 */
public record ProfileData(
        String fullName,
        String email,
        String languageTag,
        @Nullable String stateCode,
        @Nullable String municipality,
        @Nullable Long regionId,
        @Nullable String positionCode,
        Set<String> creativeFieldCodes) {

    public ProfileData {
        creativeFieldCodes = Set.copyOf(creativeFieldCodes);
    }
}
