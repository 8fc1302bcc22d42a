package org.paralelo.community;

import java.time.Instant;
import java.util.Set;
import org.paralelo.people.PersonId;

/**
 * A thread was opened or a reply posted and is visible to its space. It names who should hear of it, so the
 * notifications module need not read community's tables: the thread's followers (its author and everyone who
 * replied or chose to follow, minus this post's author) and the members mentioned in it. A mentioned person is
 * listed only in {@code mentioned}, never in both sets, and only if they may read the space.
 *
 * @param postId the reply's id, or the thread's opening post id
 * @param threadId the thread, for the link to the post
 * @param threadTitle the thread's title as shown to readers (plain text)
 * @param author who posted
 * @param authorName the author's display name at posting time
 * @param excerpt the start of the post as plain text (at most 200 characters), for the notice and the mail
 * @param followers people following the thread, without the author and without the mentioned
 * @param mentioned people mentioned with @username who may read the space, without the author
 * @param at when it was posted
 */
public record PostPublished(long postId, long threadId, String threadTitle, PersonId author, String authorName,
        String excerpt, Set<PersonId> followers, Set<PersonId> mentioned, Instant at) {

    public PostPublished {
        followers = Set.copyOf(followers);
        mentioned = Set.copyOf(mentioned);
    }
}
