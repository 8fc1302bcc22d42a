package org.paralelo.community;

/**
 * A conversation as its participant sees it: the other person, whether I blocked them, whether they blocked me
 * (only as "you cannot write here", not who did what) and whether I may write.
 */
public record ConversationDetails(long id, Participant other, boolean iBlocked, boolean canWrite) {
}
