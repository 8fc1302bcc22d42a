package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.media.MediaService;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** A session's materials: lessons of the run's course only, files checked by their bytes, in the order added. */
@ParaleloSpringTest
class SessionMaterialServiceTest {

    static final String[] LEARNER = LearningFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired SessionMaterialService materials;
    @Autowired MediaService media;
    @Autowired TestClock clock;

    LearningFixture course;
    RunId run;
    SessionId session;
    String member;

    @BeforeEach
    void aSessionOfARun() {
        course = new LearningFixture(accounts, authoring, publishing);
        run = trainer(() -> runs.create(course.course, RunFixture.draft("Sureste", Set.of(), null)));
        session = trainer(() -> sessions.create(run, SoonSessions.draft(clock, "Taller", Set.of()))).id();
        member = LearningFixture.learner(accounts);
        As.user(member, LEARNER, () -> runs.join(run));
    }

    @Test
    void a_trainer_adds_a_lesson_and_a_file_and_a_member_sees_both_in_that_order() {
        trainer(() -> materials.addLesson(session, course.lesson2));
        SessionMaterialView file = trainer(() -> materials.addFile(session, text("Guía del taller"), "guía.txt"));

        assertThat(As.user(member, LEARNER, () -> materials.materials(session)))
                .extracting(SessionMaterialView::lesson, SessionMaterialView::title, SessionMaterialView::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "Segunda",
                                LearnerPaths.lesson(course.course, course.lesson2)),
                        org.assertj.core.groups.Tuple.tuple(false, "guía.txt", file.link()));
        assertThat(file.link()).startsWith("/media/");
        assertThat(trainer(() -> materials.lessonsToAdd(session))).extracting(i -> i.key())
                .contains(course.lesson1, course.lesson2).doesNotContainNull();
    }

    @Test
    void a_lesson_of_another_course_or_no_lesson_at_all_is_refused_with_a_message() {
        LearningFixture other = new LearningFixture(accounts, authoring, publishing);
        assertThatThrownBy(() -> trainer(() -> materials.addLesson(session, other.lesson1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("lesson");
                            assertThat(p.messageKey()).isEqualTo("error.programme.material.lesson-not-in-course");
                        }));
        assertThatThrownBy(() -> trainer(() -> materials.addLesson(session, "no-existe")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(trainer(() -> materials.materials(session))).isEmpty();
    }

    @Test
    void a_file_whose_bytes_are_not_an_allowed_document_is_refused_whatever_its_name() {
        assertThatThrownBy(() -> trainer(() -> materials.addFile(session,
                text("<html><script>alert(1)</script></html>"), "guia.pdf")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("file")).isTrue());
        assertThat(trainer(() -> materials.materials(session))).isEmpty();
    }

    @Test
    void a_removed_material_is_gone_and_a_session_takes_a_bounded_number() {
        SessionMaterialView first = trainer(() -> materials.addLesson(session, course.lesson1));
        trainer(() -> materials.remove(session, first.id()));
        assertThat(trainer(() -> materials.materials(session))).isEmpty();

        for (int i = 0; i < SessionMaterialService.MAX_MATERIALS; i++) {
            trainer(() -> materials.addLesson(session, course.lesson1));
        }
        assertThatThrownBy(() -> trainer(() -> materials.addLesson(session, course.lesson2)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.programme.material.too-many"));
    }

    static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private <T> T trainer(java.util.function.Supplier<T> work) {
        return As.user(course.trainer, Courses.TRAINER, work);
    }

    private void trainer(Runnable work) {
        As.user(course.trainer, Courses.TRAINER, work);
    }
}
