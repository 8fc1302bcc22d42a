package org.paralelo.people;

import org.jspecify.annotations.Nullable;

/** Which people to pick for group work (enrolling a region, a state...): empty parts match everyone. */
public record PeopleFilter(@Nullable Long regionId, @Nullable MexicanState state, @Nullable String municipality,
                           @Nullable Position position) {

    public static final PeopleFilter EVERYONE = new PeopleFilter(null, null, null, null);

    /** The municipality as compared: trimmed and lower-case, or empty for "any". */
    public String municipalityKey() {
        return municipality == null ? "" : municipality.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
