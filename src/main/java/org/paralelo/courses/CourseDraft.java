package org.paralelo.courses;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonId;

/** A course's draft as its trainers see it in the editor: details and structure, without lesson bodies. */
public record CourseDraft(CourseId id, CourseDetails details, PersonId owner, Set<PersonId> coTrainers,
                          CourseState state, @Nullable Integer publishedVersion, Instant updatedAt,
                          List<ModuleDraft> modules, long version) {

    public record ModuleDraft(String key, String title, String objectives, List<ItemDraft> items, long version) {
    }

    public record ItemDraft(String key, ItemKind kind, String title, boolean required, long version) {
    }

    public boolean isEmpty() {
        return modules.stream().allMatch(m -> m.items().isEmpty());
    }
}
