package org.paralelo.community;

import org.jspecify.annotations.Nullable;

/**
 * What a person writes in their network profile; name, place, position and creative fields are edited on their
 * account's profile and are not part of it.
 *
 * @param published whether other members may see the profile at all
 * @param creativeCity a {@link CreativeCity#code()}, or null for none
 */
public record NetworkProfileDraft(boolean published, @Nullable String organisation, @Nullable String creativeCity,
                                  @Nullable String bio, @Nullable String canShare, @Nullable String lookingFor) {
}
