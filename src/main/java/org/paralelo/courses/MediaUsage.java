package org.paralelo.courses;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paralelo.courses.domain.Course;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps track of which stored files each course uses, in its draft and in each published version, so a download
 * can be allowed exactly to the people who may see a course that uses the file.
 */
@Component
class MediaUsage {

    private final JdbcClient jdbc;

    MediaUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordDraft(Course course) {
        Set<Long> ids = new LinkedHashSet<>();
        if (course.getCoverMediaId() != null) {
            ids.add(course.getCoverMediaId());
        }
        course.getModules().forEach(m -> m.getItems().forEach(i -> ids.addAll(MediaLinks.idsIn(i.getBodyMarkdown()))));
        jdbc.sql("delete from course_media where course_id = ?").param(course.getId()).update();
        ids.forEach(id -> jdbc.sql("insert into course_media (course_id, media_id) values (?, ?)")
                .param(course.getId()).param(id).update());
    }

    void recordVersion(PublishedCourse version) {
        Set<Long> ids = new LinkedHashSet<>();
        if (version.coverMediaId() != null) {
            ids.add(version.coverMediaId());
        }
        version.items().forEach(i -> ids.addAll(MediaLinks.idsIn(i.markdown())));
        ids.forEach(id -> jdbc.sql("insert into course_version_media (course_id, number, media_id) values (?, ?, ?)")
                .param(version.courseId()).param(version.version()).param(id).update());
    }

    /** Whether a course learners can see now (published, current version) uses the file. */
    boolean usedByPublishedCourse(long mediaId) {
        return jdbc.sql("""
                        select count(*) from course_version_media v
                        join course c on c.id = v.course_id and c.published_version = v.number
                        where v.media_id = ? and c.state = 'PUBLISHED'""")
                .param(mediaId).query(Long.class).single() > 0;
    }

    /** The courses whose draft uses the file. */
    List<Long> draftsUsing(long mediaId) {
        return jdbc.sql("select course_id from course_media where media_id = ?").param(mediaId)
                .query(Long.class).list();
    }
}
