package org.paralelo.courses;

import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.InputChecks;
import org.paralelo.base.Languages;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseItem;
import org.paralelo.courses.domain.CourseModule;
import org.paralelo.courses.domain.Topic;
import org.paralelo.courses.domain.TopicRepository;
import org.springframework.stereotype.Component;

/** Checks course, module and lesson input before anything is stored, with field-level messages. */
@Component
class CourseRules {

    private final TopicRepository topics;

    CourseRules(TopicRepository topics) {
        this.topics = topics;
    }

    void checkDetails(CourseDetails details) {
        InputChecks checks = new InputChecks()
                .text(details.title(), "title", Course.MAX_TITLE)
                .optionalText(details.summary(), "summary", Course.MAX_SUMMARY)
                .require(Languages.SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equals(details.languageTag())),
                        "language", "error.unknown-language")
                .require(details.estimatedHours() >= 0 && details.estimatedHours() <= Course.MAX_HOURS,
                        "estimatedHours", "error.course.hours", Course.MAX_HOURS);
        Set<String> known = topics.findAll().stream().map(Topic::getCode).collect(Collectors.toSet());
        checks.require(known.containsAll(details.topicCodes()), "topics", "error.course.unknown-topic");
        checks.throwIfAny();
    }

    void checkModule(String title, String objectives) {
        new InputChecks().text(title, "title", CourseModule.MAX_TITLE)
                .optionalText(objectives, "objectives", CourseModule.MAX_OBJECTIVES).throwIfAny();
    }

    void checkItemTitle(String title) {
        new InputChecks().text(title, "title", CourseItem.MAX_TITLE).throwIfAny();
    }

    void checkMarkdown(String markdown) {
        new InputChecks().require(markdown != null, "markdown", "error.required")
                .require(markdown == null || markdown.length() <= CourseItem.MAX_MARKDOWN, "markdown",
                        "error.lesson.too-long", CourseItem.MAX_MARKDOWN / 1000)
                .throwIfAny();
    }

    Set<Long> topicIds(Set<String> codes) {
        return topics.findAll().stream().filter(t -> codes.contains(t.getCode())).map(Topic::getId)
                .collect(Collectors.toSet());
    }

    Set<String> topicCodes(Set<Long> ids) {
        return topics.findAllById(ids).stream().map(Topic::getCode).collect(Collectors.toSet());
    }
}
