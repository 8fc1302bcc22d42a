package org.paralelo.community;

/**
 * Inside community: a post was written, edited, hidden or restored ({@code postId}), or a whole thread was hidden
 * or restored ({@code postId} 0). After the commit, search is brought up to date.
 */
record PostChanged(long threadId, long postId) {
}
