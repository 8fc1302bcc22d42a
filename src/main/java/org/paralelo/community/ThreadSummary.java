package org.paralelo.community;

import java.time.Instant;
import org.paralelo.people.PersonRef;

/**
 * A thread as listed in its space. {@code unread} counts the replies after the reader's last visit; a thread the
 * reader never opened is {@code neverOpened} (and all of it is new).
 */
public record ThreadSummary(ThreadId id, SpaceId space, ThreadKind kind, String title, PersonRef author,
                            boolean pinned, boolean closed, boolean hidden, boolean answered, int replies,
                            Instant createdAt, Instant lastPostAt, int unread, boolean neverOpened) {
}
