package org.paralelo.community;

import java.time.Instant;
import org.paralelo.people.PersonId;

/**
 * A private message was sent (and committed). Names everything the notifications module needs, so it reads no
 * community table: who wrote, to whom, where to open it and the start of the text.
 *
 * @param messageId the message, unique: a notice or mail derived from it is recognised when replayed
 * @param conversationId the conversation, for the link ({@link NetworkPaths#conversation})
 * @param sender who wrote
 * @param senderName the sender's display name at sending time
 * @param recipient who should hear of it
 * @param excerpt the start of the message as plain text (at most 200 characters)
 * @param at when it was sent
 */
public record MessageSent(long messageId, long conversationId, PersonId sender, String senderName,
                          PersonId recipient, String excerpt, Instant at) {
}
