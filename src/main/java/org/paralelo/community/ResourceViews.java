package org.paralelo.community;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.community.domain.ResourceRow;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MemberFacts;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.springframework.stereotype.Component;

/** Turns stored resources into what readers see: names of authors and regions, the document's name and address. */
@Component
class ResourceViews {

    private final PersonDirectory directory;
    private final RegionService regions;
    private final MediaService media;
    private final ResourceAccess access;

    ResourceViews(PersonDirectory directory, RegionService regions, MediaService media, ResourceAccess access) {
        this.directory = directory;
        this.regions = regions;
        this.media = media;
        this.access = access;
    }

    /** Lists skip the document's name (one look-up per card would slow the library down). */
    List<ResourceView> list(List<ResourceRow> rows) {
        return views(rows, false);
    }

    ResourceView one(ResourceRow row) {
        return views(List.of(row), true).getFirst();
    }

    private List<ResourceView> views(List<ResourceRow> rows, boolean withDocument) {
        Set<PersonId> authors = new HashSet<>();
        rows.forEach(r -> authors.add(new PersonId(r.authorId())));
        Map<PersonId, PersonRef> names = directory.refs(authors);
        Set<PersonId> published = directory.memberFacts(authors).stream().map(MemberFacts::id)
                .collect(Collectors.toSet());
        Map<Long, String> regionNames = rows.isEmpty() ? Map.of() : regions.list().stream()
                .collect(Collectors.toMap(RegionView::id, RegionView::name));
        return rows.stream().map(r -> {
            boolean mayEdit = access.isAuthor(r) || access.canModerate();
            Optional<StoredMedia> file = withDocument && r.mediaId() != null
                    ? media.find(new MediaId(r.mediaId())) : Optional.empty();
            return new ResourceView(new ResourceId(r.id()), ResourceKind.valueOf(r.kind()),
                    ResourceStatus.valueOf(r.status()), r.title(), r.summary(), split(r.topics()),
                    fields(r.creativeFields()), r.regionId(), r.regionId() == null ? null : regionNames.get(r.regionId()),
                    ThreadService.author(names, r.authorId()), published.contains(new PersonId(r.authorId())),
                    r.url(), r.mediaId() == null ? null : new MediaId(r.mediaId()),
                    file.map(StoredMedia::originalName).orElse(null), file.map(StoredMedia::downloadPath).orElse(null),
                    r.html() == null ? "" : r.html(), mayEdit ? r.body() : null, r.rejectReason(), r.submittedAt(),
                    mayEdit, r.version());
        }).toList();
    }

    /** Kept between commas (",a,b,") so that a filter matches whole entries. */
    static String join(Collection<String> values) {
        return values.isEmpty() ? "," : "," + String.join(",", values) + ",";
    }

    static List<String> split(@Nullable String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).toList();
    }

    static Set<CreativeField> fields(String joined) {
        return split(joined).stream().map(CreativeField::fromCode).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
