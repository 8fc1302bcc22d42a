package org.paralelo.courses;

import java.util.List;
import java.util.Locale;

/** A course's syllabus: its modules and their lessons, without lesson bodies. */
public record CourseOutline(CourseId id, String title, String summary, Locale language, int estimatedHours,
                            List<String> topics, List<ModuleOutline> modules) {

    public record ModuleOutline(String title, String objectives, List<LessonLink> lessons) {
    }

    public record LessonLink(long id, String title, boolean required) {
    }
}
