package org.paralelo.community;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonRef;

/**
 * A resource in the moderators' queue: waiting for its first decision ({@code reporter} null) or published and
 * reported by someone, with why.
 */
public record ResourceQueueItem(ResourceId resource, String title, String summary, PersonRef author,
                                @Nullable PersonRef reporter, @Nullable String reason, Instant at) {
}
