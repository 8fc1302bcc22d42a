package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Reports, hiding, suspensions and network moderators, through the real services and database. */
@ParaleloSpringTest
@Tag("persistence")
class ModerationServiceTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;

    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired TestClock clock;

    SpaceFixture f;
    ThreadId thread;
    PostId rude;

    @BeforeEach
    void aReportedReplyInACourseSpace() {
        f = SpaceFixture.in(application);
        thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.courseSpace, ThreadKind.DISCUSSION,
                "Evaluación", "¿Qué opinan?")));
        rude = As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread, "Algo ofensivo", null, null)));
        As.user(f.member, LEARNER, () -> moderation.report(rude, "Es una ofensa personal"));
    }

    @Test
    void the_courses_trainer_sees_the_report_and_another_trainer_does_not() {
        assertThat(As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.queue()))
                .anySatisfy(item -> {
                    assertThat(item.post()).isEqualTo(rude);
                    assertThat(item.reason()).isEqualTo("Es una ofensa personal");
                    assertThat(item.excerpt()).isEqualTo("Algo ofensivo");
                });
        assertThat(As.user(f.otherTrainer, SpaceFixture.TRAINER, () -> moderation.queue()))
                .noneMatch(item -> item.post().equals(rude));
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> moderation.queue()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_person_reports_a_post_once_and_needs_a_reason() {
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> moderation.report(rude, "Otra vez")))
                .hasMessage("community.error.already-reported");
        assertThatThrownBy(() -> As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.report(rude, " ")))
                .hasMessage("error.required");
    }

    @Test
    void a_hidden_reply_keeps_its_place_but_shows_no_text_to_members_and_the_action_is_logged_with_its_reason() {
        As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.hide(rude, "Falta de respeto"));
        PostView forMember = As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 5)).getFirst();
        assertThat(forMember.hidden()).isTrue();
        assertThat(forMember.html()).isEmpty();
        PostView forTrainer = As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.replies(thread, 1, 5)).getFirst();
        assertThat(forTrainer.html()).contains("Algo ofensivo");
        assertThat(As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.queue()))
                .noneMatch(item -> item.post().equals(rude));
        assertThat(As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.log(10)))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("HIDE");
                    assertThat(entry.reason()).isEqualTo("Falta de respeto");
                    assertThat(entry.post()).isEqualTo(rude);
                });
        As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.restore(rude, "Revisado"));
        assertThat(As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 5)).getFirst().html())
                .contains("Algo ofensivo");
    }

    @Test
    void hiding_the_opening_post_hides_the_thread_from_members() {
        PostId opening = As.user(f.member, LEARNER, () -> threads.thread(thread).opening().id());
        As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.hide(opening, "Fuera de tema"));
        assertThat(As.user(f.otherMember, LEARNER, () -> threads.threads(f.courseSpace, 0, 10)))
                .noneMatch(t -> t.id().equals(thread));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.thread(thread)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.threads(f.courseSpace, 0, 10)))
                .anyMatch(t -> t.id().equals(thread) && t.hidden());
    }

    @Test
    void a_suspended_member_cannot_post_until_the_period_ends() {
        As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.suspend(f.otherMemberId, Duration.ofDays(3),
                "Ofensas repetidas"));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread, "Hola",
                null, null)))).hasMessage("community.error.suspended");
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread, "Ya puedo", null, null)));
        assertThatThrownBy(() -> As.user(f.trainer, SpaceFixture.TRAINER, () -> moderation.suspend(f.otherMemberId,
                Duration.ofDays(400), "Demasiado"))).hasMessage("community.error.suspension-period");
    }

    @Test
    void a_network_moderator_named_by_an_admin_moderates_categories_but_not_course_spaces() {
        As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.nameNetworkModerator(f.outsiderId, "Coordina Sureste"));
        ThreadId open = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category, ThreadKind.DISCUSSION,
                "Tema abierto", "Hola")));
        As.user(f.outsider, LEARNER, () -> threads.setPinned(open, true));
        assertThatThrownBy(() -> As.user(f.outsider, LEARNER, () -> moderation.hide(rude, "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> moderation.nameNetworkModerator(f.memberId, "Yo")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
