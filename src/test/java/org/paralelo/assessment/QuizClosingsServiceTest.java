package org.paralelo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.programme.AgendaDate;
import org.paralelo.programme.AgendaDatesService;
import org.paralelo.programme.AgendaService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Quiz closing dates for "Mi agenda": asked of assessment, for the courses the person is taking only. */
@ParaleloSpringTest
class QuizClosingsServiceTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationContext application;
    @Autowired QuizService quizzes;
    @Autowired PublishingService publishing;
    @Autowired QuizClosingsService closings;
    @Autowired AgendaDatesService agenda;
    @Autowired AgendaService feeds;
    @Autowired TestClock clock;

    @Test
    void an_enrolled_learner_sees_the_quiz_closing_at_the_end_of_its_day_and_an_outsider_learns_nothing() {
        LocalDate closesOn = LocalDate.ofInstant(clock.instant(), ProgrammeZone.ZONE).plusDays(10);
        AttemptFixture f = quizClosingOn(closesOn);
        String outsider = outsider();

        List<QuizClosing> mine = As.user(f.learner(), AttemptFixture.LEARNER,
                () -> closings.upcoming(Set.of(f.course())));

        assertThat(mine).singleElement().satisfies(q -> {
            assertThat(q.itemKey()).isEqualTo(f.itemKey());
            assertThat(q.title()).isNotBlank();
            assertThat(q.closesAt()).isEqualTo(closesOn.plusDays(1).atStartOfDay(ProgrammeZone.ZONE).toInstant());
        });
        assertThat(As.user(outsider, AttemptFixture.LEARNER, () -> closings.upcoming(Set.of(f.course())))).isEmpty();

        List<AgendaDate> dates = As.user(f.learner(), AttemptFixture.LEARNER, () -> agenda.myDates());
        assertThat(dates).filteredOn(d -> d.kind() == AgendaDate.Kind.QUIZ_CLOSES).singleElement().satisfies(d -> {
            assertThat(d.at()).isEqualTo(mine.getFirst().closesAt());
            assertThat(d.path()).isEqualTo(LearnerPaths.quiz(f.course(), f.itemKey()));
        });
        assertThat(As.user(outsider, AttemptFixture.LEARNER, () -> agenda.myDates()))
                .noneMatch(d -> d.kind() == AgendaDate.Kind.QUIZ_CLOSES);
    }

    @Test
    void the_learners_calendar_feed_carries_the_quiz_closing_as_an_event_with_a_stable_uid_and_an_outsiders_does_not()
            throws Exception {
        LocalDate closesOn = LocalDate.ofInstant(clock.instant(), ProgrammeZone.ZONE).plusDays(12);
        AttemptFixture f = quizClosingOn(closesOn);
        String outsider = outsider();
        Instant closes = closesOn.plusDays(1).atStartOfDay(ProgrammeZone.ZONE).toInstant();
        String uid = "date-quiz-" + f.course().value() + "-" + f.itemKey() + "@";

        Calendar mine = feedOf(f.learner());
        Calendar again = feedOf(f.learner());

        VEvent closing = mine.<VEvent>getComponents("VEVENT").stream().filter(e -> uid(e).startsWith(uid))
                .findFirst().orElseThrow();
        assertThat(closing.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(closes));
        assertThat(closing.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Cierra el cuestionario: ");
        assertThat(closing.getProperty(Property.URL).orElseThrow().getValue())
                .endsWith(LearnerPaths.quiz(f.course(), f.itemKey()));
        assertThat(again.<VEvent>getComponents("VEVENT")).extracting(QuizClosingsServiceTest::uid)
                .contains(uid(closing));
        mine.validate();
        assertThat(feedOf(outsider).<VEvent>getComponents("VEVENT")).extracting(QuizClosingsServiceTest::uid)
                .noneMatch(u -> u.startsWith(uid));
    }

    @Test
    void a_quiz_closing_date_moved_and_republished_keeps_its_uid_with_a_higher_sequence_and_twice_higher_again()
            throws Exception {
        LocalDate closesOn = LocalDate.ofInstant(clock.instant(), ProgrammeZone.ZONE).plusDays(12);
        AttemptFixture f = quizClosingOn(closesOn);
        String uid = "date-quiz-" + f.course().value() + "-" + f.itemKey() + "@";
        VEvent before = closingIn(feedOf(f.learner()), uid);
        int first = sequence(before);

        moveClosing(f, closesOn.plusDays(3));
        VEvent moved = closingIn(feedOf(f.learner()), uid);
        moveClosing(f, closesOn.plusDays(5));
        VEvent movedAgain = closingIn(feedOf(f.learner()), uid);

        assertThat(uid(moved)).isEqualTo(uid(before));
        assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isNotEqualTo(before.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertThat(sequence(moved)).isGreaterThan(first);
        assertThat(sequence(movedAgain)).isGreaterThan(sequence(moved));
        assertThat(sequence(closingIn(feedOf(f.learner()), uid))).as("reading again changes nothing")
                .isEqualTo(sequence(movedAgain));
    }

    private void moveClosing(AttemptFixture f, LocalDate closesOn) {
        f.quiz().asOwner(() -> {
            long version = quizzes.quiz(f.course(), f.quiz().quizKey()).version();
            quizzes.updateSettings(f.course(), f.quiz().quizKey(), new QuizSettings(60, 0, 0, false, false,
                    FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST, closesOn), version);
            publishing.publish(f.course());
        });
    }

    private static VEvent closingIn(Calendar feed, String uid) {
        return feed.<VEvent>getComponents("VEVENT").stream().filter(e -> uid(e).startsWith(uid)).findFirst()
                .orElseThrow();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    /** A published course whose one quiz closes at the end of this day, and a learner enrolled in it. */
    private AttemptFixture quizClosingOn(LocalDate closesOn) {
        return AttemptFixture.publish(AttemptFixture.Services.in(application), new QuizSettings(60, 0, 0, false,
                false, FeedbackTiming.AFTER_SUBMIT, GradingPolicy.BEST, closesOn), List.of(QuizFixture.trueFalse()));
    }

    private String outsider() {
        String outsider = People.uniqueUsername("ajena");
        People.create(accounts, outsider, Role.LEARNER);
        return outsider;
    }

    private Calendar feedOf(String username) throws Exception {
        String url = As.user(username, AttemptFixture.LEARNER, () -> feeds.renewMyFeed());
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        return new CalendarBuilder().build(new StringReader(feeds.feed(token).orElseThrow()));
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }
}
