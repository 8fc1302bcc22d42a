package org.paralelo.community;

import org.jspecify.annotations.Nullable;
import org.paralelo.people.MemberFacts;

/** A member's network profile as others see it (or as its owner sees it, with {@code published}). */
public record NetworkProfile(MemberFacts facts, boolean published, @Nullable String organisation,
                             @Nullable CreativeCity creativeCity, @Nullable String bio, @Nullable String canShare,
                             @Nullable String lookingFor, long version) {

    public NetworkProfileDraft toDraft() {
        return new NetworkProfileDraft(published, organisation, creativeCity == null ? null : creativeCity.code(),
                bio, canShare, lookingFor);
    }
}
