package org.paralelo.community;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A thread's page header: the thread, its space, its opening post, what the reader may do, and where their
 * unread replies start ({@code firstUnread}, 0 when none). Debate threads count their replies per position.
 */
public record ThreadDetails(ThreadSummary thread, SpaceSummary space, PostView opening, boolean following,
                            int firstUnread, boolean mayReply, boolean mayModerate, boolean mayMarkAnswer,
                            @Nullable Long answerPostId, Map<DebateStance, Integer> stances, long version) {

    public ThreadDetails {
        stances = Map.copyOf(stances);
    }
}
