package org.paralelo.community;

import java.time.Instant;
import org.paralelo.people.PersonRef;

/** One report in a moderator's queue: the post (plain-text excerpt), who wrote it, who reported it and why. */
public record ModerationItem(long reportId, PostId post, ThreadId thread, int seq, String threadTitle,
                             PersonRef author, String excerpt, boolean hidden, PersonRef reporter, String reason,
                             Instant reportedAt) {
}
