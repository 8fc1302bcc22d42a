package org.paralelo.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseAccess;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishedCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing dates still ahead of the quizzes in the published versions of some courses, for a person's agenda.
 * Only courses the caller may read count, so asking about someone else's course tells nothing.
 */
@Service
@Transactional(readOnly = true)
public class QuizClosingsService {

    private final CatalogueService catalogue;
    private final CourseAccess access;
    private final FrozenQuizzes frozen;
    private final Clock clock;

    QuizClosingsService(CatalogueService catalogue, CourseAccess access, FrozenQuizzes frozen, Clock clock) {
        this.catalogue = catalogue;
        this.access = access;
        this.frozen = frozen;
        this.clock = clock;
    }

    /** The quizzes of these courses that close later than now, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<QuizClosing> upcoming(Collection<CourseId> courses) {
        Instant now = clock.instant();
        List<QuizClosing> found = new ArrayList<>();
        for (CourseId course : courses) {
            if (!access.canRead(course)) {
                continue;
            }
            catalogue.published(course).ifPresent(published -> addClosings(course, published, now, found));
        }
        found.sort(Comparator.comparing(QuizClosing::closesAt));
        return found;
    }

    private void addClosings(CourseId course, PublishedCourse published, Instant now, List<QuizClosing> found) {
        for (PublishedCourse.Module module : published.modules()) {
            for (PublishedCourse.Item item : module.items()) {
                if (item.kind() != ItemKind.QUIZ) {
                    continue;
                }
                frozen.find(course, published.version(), item.key()).ifPresent(quiz -> {
                    Instant closes = QuizCalendar.closesAt(quiz.settings());
                    if (closes != null && closes.isAfter(now)) {
                        found.add(new QuizClosing(course, item.key(), item.title(), closes,
                                published.version()));
                    }
                });
            }
        }
    }
}
