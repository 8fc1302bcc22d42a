package org.paralelo.community;

import org.paralelo.people.PersonId;

/**
 * A moderator approved (published) or rejected a member's resource; notifications tells its author.
 *
 * @param resourceId the resource
 * @param title its title (plain text)
 * @param author who contributed it
 * @param moderatorName who decided, as people see their name
 * @param approved published (true) or sent back (false)
 * @param reason why it was sent back (empty when approved)
 * @param decision a number unique to this decision, so a replayed event writes nothing twice
 */
public record ResourceModerated(long resourceId, String title, PersonId author, String moderatorName,
                                boolean approved, String reason, long decision) {
}
