package org.paralelo.community;

import java.time.Instant;

/** One conversation in my list: the other person, when it last moved and how many messages I have not read. */
public record ConversationSummary(long id, Participant other, Instant lastMessageAt, String lastExcerpt,
                                  boolean lastFromMe, long unread) {
}
