package org.paralelo.notifications;

import org.paralelo.community.SpacePaths;
import org.paralelo.community.ThreadId;

/**
 * Where a notice about a post leads: its thread, which opens at the reader's first unread reply (the new post is
 * that one, or after it). Community owns the address; this is the one place notifications asks for it.
 */
final class CommunityLinks {

    private CommunityLinks() {
    }

    static String thread(long threadId) {
        return SpacePaths.thread(new ThreadId(threadId));
    }
}
