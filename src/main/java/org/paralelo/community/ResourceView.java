package org.paralelo.community;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.media.MediaId;
import org.paralelo.people.CreativeField;
import org.paralelo.people.PersonRef;

/**
 * A resource as its reader sees it. {@code experienceHtml} is sanitised; {@code experience} (the Markdown) only
 * for those who may edit; {@code downloadPath} is set for documents; {@code authorPublic} says whether the author's
 * member page can be linked.
 */
public record ResourceView(ResourceId id, ResourceKind kind, ResourceStatus status, String title, String summary,
                           List<String> topics, Set<CreativeField> creativeFields, @Nullable Long regionId,
                           @Nullable String regionName, PersonRef author, boolean authorPublic, @Nullable String url,
                           @Nullable MediaId document, @Nullable String documentName, @Nullable String downloadPath,
                           String experienceHtml, @Nullable String experience, @Nullable String rejectReason,
                           Instant submittedAt, boolean mayEdit, long version) {
}
