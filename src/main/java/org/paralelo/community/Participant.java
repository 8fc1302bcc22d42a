package org.paralelo.community;

import org.paralelo.people.PersonId;

/**
 * The other person in a conversation: their name, and whether their member page can be opened (only if their
 * network profile is public).
 */
public record Participant(PersonId id, String name, boolean publicProfile) {
}
