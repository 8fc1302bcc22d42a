package org.paralelo.community;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.media.MediaId;

/**
 * A reply, optionally quoting another post and, in a debate, taking a position; {@code attachments} as in
 * {@link NewThread}.
 */
public record NewReply(ThreadId thread, String body, @Nullable PostId quoted, @Nullable DebateStance stance,
                       List<MediaId> attachments) {

    public NewReply {
        attachments = List.copyOf(attachments);
    }

    public NewReply(ThreadId thread, String body, @Nullable PostId quoted, @Nullable DebateStance stance) {
        this(thread, body, quoted, stance, List.of());
    }
}
