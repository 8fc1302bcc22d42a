package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Threads and replies through the real services and database. */
@ParaleloSpringTest
@RecordApplicationEvents
@Tag("persistence")
class ThreadServiceTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;

    @Autowired AccountService accounts;
    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = SpaceFixture.in(application);
    }

    ThreadId open(String who, SpaceId space, ThreadKind kind, String title, String body) {
        return As.user(who, roles(who), () -> threads.open(new NewThread(space, kind, title, body)));
    }

    PostId reply(String who, ThreadId thread, String body) {
        return As.user(who, roles(who), () -> threads.reply(new NewReply(thread, body, null, null)));
    }

    String[] roles(String who) {
        return who.equals(f.trainer) ? SpaceFixture.TRAINER : LEARNER;
    }

    @Test
    void a_member_opens_a_thread_and_another_replies_quoting_it_and_mentioning_the_author() {
        ThreadId thread = open(f.member, f.category, ThreadKind.DISCUSSION, "Fondos para festivales",
                "¿Alguien conoce **convocatorias** abiertas?");
        PostId first = reply(f.otherMember, thread, "Sí, la del PACMYC.");
        PostId second = As.user(f.outsider, LEARNER, () -> threads.reply(new NewReply(thread,
                "Gracias @" + f.otherMember + ", ¿y tú @" + f.member + "?", first, null)));

        ThreadDetails details = As.user(f.member, LEARNER, () -> threads.thread(thread));
        assertThat(details.thread().replies()).isEqualTo(2);
        assertThat(details.opening().html()).contains("<strong>convocatorias</strong>");
        List<PostView> replies = As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 20));
        assertThat(replies).extracting(PostView::seq).containsExactly(1, 2);
        PostView quoting = replies.get(1);
        assertThat(quoting.id()).isEqualTo(second);
        assertThat(quoting.quote()).isNotNull();
        assertThat(quoting.quote().excerpt()).isEqualTo("Sí, la del PACMYC.");
        assertThat(quoting.quote().seq()).isEqualTo(1);
        assertThat(quoting.html()).contains("href=\"/" + SpacePaths.member(f.member) + "\"");

        PostPublished published = events.stream(PostPublished.class).filter(e -> e.postId() == second.value())
                .findFirst().orElseThrow();
        assertThat(published.mentioned()).containsExactlyInAnyOrder(f.memberId, f.otherMemberId);
        assertThat(published.followers()).as("the author and the first replier are mentioned, so not here")
                .isEmpty();
        assertThat(published.threadTitle()).isEqualTo("Fondos para festivales");
        assertThat(published.excerpt()).startsWith("Gracias @");
    }

    @Test
    void followers_are_the_author_repliers_and_explicit_followers_minus_the_poster_and_those_who_stopped() {
        ThreadId thread = open(f.member, f.category, ThreadKind.DISCUSSION, "Mercadotecnia digital", "Ideas");
        reply(f.otherMember, thread, "Redes sociales.");
        As.user(f.outsider, LEARNER, () -> threads.follow(thread, true));
        As.user(f.otherMember, LEARNER, () -> threads.follow(thread, false));
        PostId last = As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.reply(new NewReply(thread, "Bien.", null,
                null)));
        PostPublished published = events.stream(PostPublished.class).filter(e -> e.postId() == last.value())
                .findFirst().orElseThrow();
        assertThat(published.followers()).containsExactlyInAnyOrder(f.memberId, f.outsiderId);
        assertThat(published.mentioned()).isEmpty();
        assertThat(As.user(f.otherMember, LEARNER, () -> threads.thread(thread).following())).isFalse();
        assertThat(As.user(f.outsider, LEARNER, () -> threads.thread(thread).following())).isTrue();
    }

    @Test
    void someone_mentioned_who_cannot_read_a_course_space_is_not_notified() {
        ThreadId thread = open(f.member, f.courseSpace, ThreadKind.DISCUSSION, "Tarea del módulo 1", "Dudas");
        PostId post = reply(f.otherMember, thread, "Le pregunto a @" + f.outsider + " y a @" + f.trainer);
        PostPublished published = events.stream(PostPublished.class).filter(e -> e.postId() == post.value())
                .findFirst().orElseThrow();
        assertThat(published.mentioned()).extracting(p -> p.value())
                .containsExactly(As.admin(() -> accounts.idOf(f.trainer)).orElseThrow().value());
        assertThat(published.followers()).containsExactly(f.memberId);
    }

    @Test
    void the_author_edits_silently_within_thirty_minutes_and_a_moderators_later_edit_shows() {
        ThreadId thread = open(f.member, f.courseSpace, ThreadKind.DISCUSSION, "Edición", "Texto");
        PostId post = reply(f.otherMember, thread, "Primera versión");
        PostView v1 = As.user(f.otherMember, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst();
        assertThat(v1.mayEdit()).isTrue();
        As.user(f.otherMember, LEARNER, () -> threads.edit(post, "Segunda versión", v1.version()));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.edit(post, "Otra", v1.version())))
                .isInstanceOf(StaleDataException.class);
        PostView v2 = As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst();
        assertThat(v2.html()).contains("Segunda versión");
        assertThat(v2.edited()).isFalse();
        assertThat(v2.mayEdit()).as("someone else's post").isFalse();

        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.edit(post, "Tarde", v2.version())))
                .isInstanceOf(UserFacingException.class).hasMessage("community.error.edit-window-over");
        As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.edit(post, "Corregido por moderación", v2.version()));
        PostView v3 = As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst();
        assertThat(v3.edited()).isTrue();
        assertThat(v3.html()).contains("Corregido por moderación");
    }

    @Test
    void a_post_is_useful_once_per_person_and_never_to_its_author() {
        ThreadId thread = open(f.member, f.category, ThreadKind.DISCUSSION, "Útil", "Texto");
        PostId post = reply(f.otherMember, thread, "Respuesta");
        As.user(f.member, LEARNER, () -> threads.markUseful(post, true));
        As.user(f.member, LEARNER, () -> threads.markUseful(post, true));
        As.user(f.outsider, LEARNER, () -> threads.markUseful(post, true));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.markUseful(post, true)))
                .hasMessage("community.error.useful-own");
        PostView seen = As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst();
        assertThat(seen.useful()).isEqualTo(2);
        assertThat(seen.usefulByMe()).isTrue();
        As.user(f.member, LEARNER, () -> threads.markUseful(post, false));
        assertThat(As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst().useful()).isEqualTo(1);
    }

    @Test
    void the_author_marks_the_answer_and_a_closed_thread_takes_replies_only_from_moderators() {
        ThreadId thread = open(f.member, f.courseSpace, ThreadKind.DISCUSSION, "Pregunta", "¿Cómo?");
        PostId answer = reply(f.otherMember, thread, "Así.");
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.markAnswer(thread, answer)))
                .isInstanceOf(AccessDeniedException.class);
        As.user(f.member, LEARNER, () -> threads.markAnswer(thread, answer));
        assertThat(As.user(f.member, LEARNER, () -> threads.thread(thread).thread().answered())).isTrue();
        assertThat(As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst().answer()).isTrue();

        As.user(f.trainer, SpaceFixture.TRAINER, () -> {
            threads.setPinned(thread, true);
            threads.setClosed(thread, true);
        });
        assertThatThrownBy(() -> reply(f.otherMember, thread, "Una más")).hasMessage("community.error.closed");
        assertThat(As.user(f.member, LEARNER, () -> threads.thread(thread).mayReply())).isFalse();
        As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.reply(new NewReply(thread, "Cierro el tema.", null,
                null)));
        ThreadSummary listed = As.user(f.member, LEARNER, () -> threads.threads(f.courseSpace, 0, 10)).getFirst();
        assertThat(listed.pinned()).isTrue();
        assertThat(listed.closed()).isTrue();
    }

    @Test
    void replies_are_read_a_page_at_a_time_and_the_reader_jumps_to_the_first_unread_one() {
        ThreadId thread = open(f.trainer, f.courseSpace, ThreadKind.DISCUSSION, "Largo", "Muchas respuestas");
        for (int i = 1; i <= 45; i++) {
            As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.reply(new NewReply(thread, "Respuesta", null, null)));
        }
        ThreadSummary never = As.user(f.member, LEARNER, () -> threads.threads(f.courseSpace, 0, 10)).getFirst();
        assertThat(never.neverOpened()).isTrue();
        List<PostView> page2 = As.user(f.member, LEARNER, () -> threads.replies(thread, 21, 20));
        assertThat(page2).extracting(PostView::seq).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(21, 40).boxed().toList());
        As.user(f.member, LEARNER, () -> threads.markSeen(thread, 20));
        As.user(f.member, LEARNER, () -> threads.markSeen(thread, 5));
        ThreadDetails details = As.user(f.member, LEARNER, () -> threads.thread(thread));
        assertThat(details.firstUnread()).isEqualTo(21);
        ThreadSummary listed = As.user(f.member, LEARNER, () -> threads.threads(f.courseSpace, 0, 10)).getFirst();
        assertThat(listed.unread()).isEqualTo(25);
        As.user(f.member, LEARNER, () -> threads.markSeen(thread, 9_999));
        assertThat(As.user(f.member, LEARNER, () -> threads.thread(thread)).firstUnread()).isZero();
        assertThat(As.user(f.member, LEARNER, () -> threads.replies(thread, 46, 20))).isEmpty();
    }

    @Test
    void a_debate_counts_its_replies_per_position_and_positions_belong_to_debates_only() {
        ThreadId debate = open(f.member, f.category, ThreadKind.DEBATE, "¿Cobrar la entrada a los festivales?",
                "Debatamos.");
        As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(debate, "Sí", null, DebateStance.FOR)));
        As.user(f.outsider, LEARNER, () -> threads.reply(new NewReply(debate, "No", null, DebateStance.AGAINST)));
        As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.reply(new NewReply(debate, "Cuota voluntaria", null,
                DebateStance.PROPOSAL)));
        As.user(f.member, LEARNER, () -> threads.reply(new NewReply(debate, "También sí", null, DebateStance.FOR)));
        ThreadDetails details = As.user(f.member, LEARNER, () -> threads.thread(debate));
        assertThat(details.stances()).containsEntry(DebateStance.FOR, 2).containsEntry(DebateStance.AGAINST, 1)
                .containsEntry(DebateStance.PROPOSAL, 1);
        ThreadId plain = open(f.member, f.category, ThreadKind.DISCUSSION, "Charla", "Hola");
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(plain, "x", null,
                DebateStance.FOR)))).hasMessage("community.error.stance-outside-debate");
    }

    @Test
    void empty_huge_and_blank_posts_are_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> open(f.member, f.category, ThreadKind.DISCUSSION, "  ", ""))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> open(f.member, f.category, ThreadKind.DISCUSSION, "t".repeat(201), "x"))
                .isInstanceOf(InvalidInputException.class);
        ThreadId thread = open(f.member, f.category, ThreadKind.DISCUSSION, "Válido", "x");
        assertThatThrownBy(() -> reply(f.otherMember, thread, "x".repeat(ThreadService.BODY_MAX + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(As.user(f.member, LEARNER, () -> threads.thread(thread)).thread().replies()).isZero();
    }

    @Test
    void replies_posted_at_the_same_moment_get_consecutive_numbers() throws Exception {
        ThreadId thread = open(f.trainer, f.courseSpace, ThreadKind.DISCUSSION, "Concurrencia", "x");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PostId>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                work.add(() -> As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.reply(new NewReply(thread,
                        "a la vez", null, null))));
            }
            Set<PostId> made = new HashSet<>();
            for (Future<PostId> done : pool.invokeAll(work)) {
                made.add(done.get());
            }
            assertThat(made).hasSize(8);
        } finally {
            pool.shutdown();
        }
        assertThat(As.user(f.member, LEARNER, () -> threads.replies(thread, 1, 20))).extracting(PostView::seq)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void new_members_post_no_links_on_their_first_day_and_only_a_few_posts_a_minute() {
        String fresh = SpaceFixture.freshLearner(accounts);
        ThreadId thread = open(f.member, f.category, ThreadKind.DISCUSSION, "Límites", "x");
        assertThatThrownBy(() -> reply(fresh, thread, "Miren https://spam.example"))
                .hasMessage("community.error.no-links-yet");
        for (int i = 0; i < PostLimits.NEW_PER_MINUTE; i++) {
            reply(fresh, thread, "Hola " + i);
        }
        assertThatThrownBy(() -> reply(fresh, thread, "Una más")).hasMessage("community.error.too-fast");
        clock.advance(Duration.ofMinutes(2));
        reply(fresh, thread, "Ya pasó el minuto");
    }
}
