package org.paralelo.notifications;

/**
 * Where a notice about a post leads. The discussions screens are built beside this module; their route is
 * {@code red/hilos/{threadId}} and a reply is anchored {@code #post-{postId}}. Kept in this one place so the
 * address follows if those screens move.
 */
final class CommunityLinks {

    private CommunityLinks() {
    }

    static String post(long threadId, long postId) {
        return "red/hilos/" + threadId + "#post-" + postId;
    }
}
