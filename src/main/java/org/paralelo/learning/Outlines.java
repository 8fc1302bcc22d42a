package org.paralelo.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.LessonProgress;

/** Builds a learner's {@link CourseProgress} from the published course, their lesson rows and quiz outcomes. */
final class Outlines {

    private Outlines() {
    }

    static CourseProgress progress(PublishedCourse course, @Nullable Enrolment enrolment, List<LessonProgress> lessons,
                                   List<QuizOutcome> quizzes) {
        Map<String, LessonProgress> lessonRows = lessons.stream()
                .collect(Collectors.toMap(LessonProgress::getItemKey, l -> l, (a, b) -> a));
        Map<String, QuizOutcome> quizRows = quizzes.stream()
                .collect(Collectors.toMap(QuizOutcome::itemKey, q -> q, (a, b) -> a));
        List<OutlineItem> outline = new ArrayList<>();
        for (PublishedCourse.Module module : course.modules()) {
            for (PublishedCourse.Item item : module.items()) {
                outline.add(new OutlineItem(module.key(), module.title(), item.key(), item.kind(), item.title(),
                        item.required(), item.kind() == ItemKind.QUIZ ? quizStatus(quizRows.get(item.key()))
                        : lessonStatus(lessonRows.get(item.key()))));
            }
        }
        int total = (int) outline.stream().filter(OutlineItem::required).count();
        int done = (int) outline.stream().filter(i -> i.required() && i.status() == ItemStatus.DONE).count();
        Instant last = enrolment == null ? null : enrolment.getLastActivityAt();
        for (QuizOutcome q : quizzes) {
            if (q.lastActivity() != null && (last == null || q.lastActivity().isAfter(last))) {
                last = q.lastActivity();
            }
        }
        return new CourseProgress(course.id(), List.copyOf(outline), done, total,
                next(outline, enrolment == null ? null : enrolment.getLastItemKey()), last,
                enrolment == null ? null : enrolment.getCompletedAt());
    }

    /**
     * The next step: the item last opened while it is unfinished, else the first unfinished item after it
     * (wrapping to the start), else nothing.
     */
    static @Nullable String next(List<OutlineItem> outline, @Nullable String lastKey) {
        int start = 0;
        for (int i = 0; i < outline.size(); i++) {
            if (outline.get(i).key().equals(lastKey)) {
                start = i;
                break;
            }
        }
        for (int n = 0; n < outline.size(); n++) {
            OutlineItem item = outline.get((start + n) % outline.size());
            if (item.status() != ItemStatus.DONE) {
                return item.key();
            }
        }
        return null;
    }

    private static ItemStatus lessonStatus(@Nullable LessonProgress row) {
        return row == null ? ItemStatus.NOT_STARTED : row.isDone() ? ItemStatus.DONE : ItemStatus.IN_PROGRESS;
    }

    private static ItemStatus quizStatus(@Nullable QuizOutcome outcome) {
        if (outcome == null) {
            return ItemStatus.NOT_STARTED;
        }
        return outcome.passed() ? ItemStatus.DONE
                : outcome.attemptsUsed() > 0 || outcome.awaitingGrading() ? ItemStatus.IN_PROGRESS
                : ItemStatus.NOT_STARTED;
    }
}
