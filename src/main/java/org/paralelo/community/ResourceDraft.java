package org.paralelo.community;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.media.MediaId;
import org.paralelo.people.CreativeField;

/**
 * What a member submits: the kind decides which of {@code document} (an upload stored for a contribution),
 * {@code url} (http or https) and {@code experience} (Markdown) is required; the others are ignored.
 */
public record ResourceDraft(ResourceKind kind, String title, String summary, List<String> topics,
                            Set<CreativeField> creativeFields, @Nullable Long regionId, @Nullable String url,
                            @Nullable MediaId document, @Nullable String experience) {

    public ResourceDraft {
        topics = List.copyOf(topics);
        creativeFields = Set.copyOf(creativeFields);
    }
}
