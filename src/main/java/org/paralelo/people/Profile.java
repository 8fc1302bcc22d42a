package org.paralelo.people;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A person's own profile as shown to them. */
public record Profile(
        PersonId id,
        String username,
        String fullName,
        String email,
        Locale language,
        @Nullable MexicanState state,
        @Nullable String municipality,
        @Nullable Long regionId,
        @Nullable Position position,
        Set<CreativeField> creativeFields,
        Set<Role> roles,
        long version) {

    public ProfileData toData() {
        return new ProfileData(fullName, email, language.toLanguageTag(), state == null ? null : state.name(),
                municipality, regionId, position == null ? null : position.name(),
                creativeFields.stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
