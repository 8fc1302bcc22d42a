package org.paralelo.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One hit. {@code snippets} are HTML: the text is escaped and only {@code <mark>} tags are added. {@code path} is
 * the screen to open (lesson, course page, or the editor for drafts); for attachments {@code filePath} opens the
 * file, at {@code page} for PDFs.
 */
public record SearchHit(String id, ContentType type, String title, List<String> breadcrumb, List<String> snippets,
                        String path, @Nullable String filePath, @Nullable Integer page, String language,
                        boolean draft, long courseId) {
}
