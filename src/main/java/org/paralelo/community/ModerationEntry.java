package org.paralelo.community;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonRef;

/** A moderation action as recorded: when, who, what, on which thread/post/person, and why. */
public record ModerationEntry(Instant at, @Nullable PersonRef moderator, String action, @Nullable ThreadId thread,
                              @Nullable PostId post, @Nullable PersonRef person, String reason) {

    public String messageKey() {
        return "community.moderation.action." + action;
    }
}
