package org.paralelo.courses;

import org.paralelo.media.MediaId;
import org.paralelo.media.MediaReadPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file may be downloaded by anyone who may see a course that uses it: the current published version for
 * learners, the draft for the course's trainers and admins.
 */
@Component
class CourseMediaPolicy implements MediaReadPolicy {

    private final MediaUsage usage;
    private final CourseAccess access;

    CourseMediaPolicy(MediaUsage usage, CourseAccess access) {
        this.usage = usage;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(MediaId id) {
        return usage.usedByPublishedCourse(id.value())
                || usage.draftsUsing(id.value()).stream().anyMatch(course -> access.canEdit(new CourseId(course)));
    }
}
