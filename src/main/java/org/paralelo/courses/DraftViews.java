package org.paralelo.courses;

import java.util.stream.Collectors;
import org.paralelo.courses.domain.Course;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;

/** Turns a draft entity into the record the editor shows. */
@Component
class DraftViews {

    private final CourseRules rules;

    DraftViews(CourseRules rules) {
        this.rules = rules;
    }

    CourseDraft draft(Course course) {
        CourseDetails details = new CourseDetails(course.getTitle(), course.getSummary(), course.getLanguage(),
                course.getEstimatedHours(), rules.topicCodes(course.getTopicIds()), course.getCoverMediaId());
        return new CourseDraft(new CourseId(course.getId()), details, new PersonId(course.getOwnerId()),
                course.getCoTrainerIds().stream().map(PersonId::new).collect(Collectors.toSet()),
                course.getState(), course.getPublishedVersion(), course.getUpdatedAt(),
                course.getModules().stream().map(m -> new CourseDraft.ModuleDraft(m.getKey(), m.getTitle(),
                        m.getObjectives(), m.getItems().stream().map(i -> new CourseDraft.ItemDraft(i.getKey(),
                                i.getKind(), i.getTitle(), i.isRequired(), i.getVersion())).toList(),
                        m.getVersion())).toList(),
                course.getVersion());
    }
}
