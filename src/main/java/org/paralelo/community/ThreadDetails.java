package org.paralelo.community;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A thread's page header: the thread, its space, its opening post, what the reader may do, and where their
 * unread replies start ({@code firstUnread}, 0 when none). Debate threads count their replies per position.
 * {@code mayTakePart} is false for a read-only reader (a coordinator in a run's space): no reply, follow or "useful".
 */
public record ThreadDetails(ThreadSummary thread, SpaceSummary space, PostView opening, boolean following,
                            int firstUnread, boolean mayReply, boolean mayModerate, boolean mayMarkAnswer,
                            @Nullable Long answerPostId, Map<DebateStance, Integer> stances, long version,
                            boolean mayTakePart) {

    public ThreadDetails {
        stances = Map.copyOf(stances);
    }
}
