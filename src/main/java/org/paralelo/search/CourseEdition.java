package org.paralelo.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishedCourse;

/**
 * What the mappers read: one course in one edition (published for learners, or the draft its trainers see), the
 * topic names and the text already extracted from its attachments.
 */
record CourseEdition(PublishedCourse course, String edition, Map<String, String> topicNames,
                     AttachmentTexts attachments) {

    boolean published() {
        return Fields.PUBLISHED.equals(edition);
    }

    String id(String local) {
        return IndexDoc.group(course.courseId(), edition) + "/" + local;
    }

    List<String> topicNameList() {
        return course.topicCodes().stream().map(code -> topicNames.getOrDefault(code, code)).toList();
    }

    String coursePath() {
        return published() ? LearnerPaths.coursePage(course.id()) : AuthoringPaths.courseEditor(course.id());
    }

    String itemPath(PublishedCourse.Item item) {
        if (published()) {
            return LearnerPaths.item(course.id(), item.kind(), item.key());
        }
        return item.kind() == ItemKind.QUIZ ? AuthoringPaths.quizEditor(course.id(), item.key())
                : AuthoringPaths.lessonEditor(course.id(), item.key());
    }

    /** Text extracted from stored files, by media id; empty while extraction is pending or failed. */
    interface AttachmentTexts {
        Optional<ExtractedText> find(long courseId, long mediaId);
    }
}
