package org.paralelo.community;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonRef;

/**
 * A post as a reader sees it. {@code html} is sanitised (empty when the post is hidden and the reader is no
 * moderator); {@code body} is the Markdown source, given only to whoever may edit it. {@code edited}: changed by a
 * moderator, or by its author after the edit window. {@code files}: its images and attachments (none when hidden
 * from this reader).
 */
public record PostView(PostId id, ThreadId thread, int seq, PersonRef author, String html, String body,
                       boolean hidden, Instant createdAt, boolean edited, int useful, boolean usefulByMe,
                       boolean answer, @Nullable DebateStance stance, @Nullable PostQuote quote, boolean mayEdit,
                       long version, List<PostFile> files) {

    /** The files listed under the post (its inline images are in {@code html}). */
    public List<PostFile> attachments() {
        return files.stream().filter(f -> !f.image()).toList();
    }
}
