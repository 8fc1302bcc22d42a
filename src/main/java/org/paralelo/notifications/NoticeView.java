package org.paralelo.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notice in my list; texts are plain and are shown as text. {@code link} is a path inside the app. */
public record NoticeView(long id, NoticeKind kind, String actorName, String subject, String excerpt, String link,
                         Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
