package org.paralelo.programme;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A debate session's record: the Markdown as written, the sanitised HTML to show, who edited it last and when
 * (both null and version 0 while nobody has written any).
 */
public record MinutesView(SessionId session, String markdown, String safeHtml, @Nullable String author,
                          @Nullable Instant editedAt, long version) {
}
