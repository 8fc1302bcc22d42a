package org.paralelo.community.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.community.DebateStance;
import org.paralelo.community.ModerationService;
import org.paralelo.community.NewReply;
import org.paralelo.community.NewThread;
import org.paralelo.community.PostId;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.ThreadId;
import org.paralelo.community.ThreadKind;
import org.paralelo.community.ThreadService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The Network's screens: the spaces, a space's threads, a thread with its replies, and the moderation queue. */
class SpaceScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired TestClock clock;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
    }

    @Test
    void a_member_sees_the_categories_and_their_course_space_and_an_outsider_only_the_categories() {
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.spaces());
        assertThat(_get(H1.class).getText()).isEqualTo("La Red");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList())
                .contains("Financiamiento", "Política cultural", "Artes escénicas", "Aprender");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("La Red · Paralelo");

        signIn(f.outsider, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.category));
        UI.getCurrent().navigate(SpacePaths.spaces());
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList()).contains("Financiamiento")
                .doesNotContain("Aprender");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-spaces-empty")).getText())
                .startsWith("Cuando te inscribas");
        UI.getCurrent().navigate(SpacePaths.space(f.courseSpace));
        assertThat(_find(H1.class).stream().map(H1::getText).toList()).doesNotContain("Aprender");
    }

    @Test
    void a_member_opens_a_thread_from_the_form_and_another_replies_and_marks_it_useful() {
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.category));
        assertThat(_get(Paragraph.class, spec -> spec.withId("threads-empty")).getText())
                .startsWith("Todavía no hay temas");
        _setValue(_get(TextField.class, spec -> spec.withId("new-thread-title")), "Fondos estatales 2027");
        _setValue(_get(TextArea.class, spec -> spec.withId("new-thread-body")), "¿Qué **convocatorias** hay?");
        _click(_get(Button.class, spec -> spec.withId("open-thread")));
        assertThat(_get(H1.class).getText()).isEqualTo("Fondos estatales 2027");

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        signIn(f.otherMember, "LEARNER");
        UI.getCurrent().navigate(path);
        _setValue(_get(TextArea.class, spec -> spec.withId("reply-body")), "La del PACMYC, @" + f.member);
        _click(_get(Button.class, spec -> spec.withId("send-reply")));
        assertThat(_get(Article.class, spec -> spec.withId("post-1")).getElement().getOuterHTML())
                .contains("La del PACMYC").contains("/" + SpacePaths.member(f.member));

        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(path);
        _click(_get(Button.class, spec -> spec.withId("useful-1")));
        assertThat(_get(Button.class, spec -> spec.withId("useful-1")).getText()).isEqualTo("Ya no es útil (1)");
    }

    @Test
    void an_empty_thread_shows_the_problem_under_each_field_and_opens_nothing() {
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.category));
        _click(_get(Button.class, spec -> spec.withId("open-thread")));
        TextField title = _get(TextField.class, spec -> spec.withId("new-thread-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Este campo es obligatorio.");
        assertThat(_get(TextArea.class, spec -> spec.withId("new-thread-body")).isInvalid()).isTrue();
        assertThat(As.user(f.member, SpaceFixture.LEARNER, () -> threads.countThreads(f.category))).isZero();
    }

    @Test
    void a_long_thread_is_paged_and_the_reader_jumps_to_the_first_reply_they_have_not_seen() {
        ThreadId thread = As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.open(new NewThread(f.courseSpace,
                ThreadKind.DISCUSSION, "Largo", "Texto")));
        for (int i = 1; i <= 45; i++) {
            int n = i;
            As.user(f.trainer, SpaceFixture.TRAINER, () -> threads.reply(new NewReply(thread, "Respuesta " + n, null,
                    null)));
        }
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.thread(thread));
        assertThat(_get(Span.class, spec -> spec.withId("page-label")).getText()).isEqualTo("Página 1 de 3");
        assertThat(_find(Article.class, spec -> spec.withId("post-20"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("page-next")));
        assertThat(_find(Article.class, spec -> spec.withId("post-21"))).hasSize(1);
        assertThat(_find(Article.class, spec -> spec.withId("post-1"))).isEmpty();

        // Another reader stopped at reply 30 last time: the jump takes them to page 2, where 31 is marked new.
        As.user(f.otherMember, SpaceFixture.LEARNER, () -> threads.markSeen(thread, 30));
        signIn(f.otherMember, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.courseSpace));
        UI.getCurrent().navigate(SpacePaths.thread(thread));
        _click(_get(Button.class, spec -> spec.withId("first-unread")));
        assertThat(_get(Span.class, spec -> spec.withId("page-label")).getText()).isEqualTo("Página 2 de 3");
        assertThat(_get(Article.class, spec -> spec.withId("post-31")).getClassNames()).contains("unread");
        assertThat(_get(Article.class, spec -> spec.withId("post-30")).getClassNames()).doesNotContain("unread");
    }

    @Test
    void pressing_edit_twice_keeps_one_editor_and_cancel_closes_it_leaving_the_post_as_it_was() {
        ThreadId thread = As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(f.courseSpace,
                ThreadKind.DISCUSSION, "Presupuesto", "Texto")));
        As.user(f.member, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(thread, "Primera", null, null)));
        As.user(f.member, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(thread, "Segunda", null, null)));
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.thread(thread));

        _click(_get(Button.class, spec -> spec.withId("edit-1")));
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-body")), "Primera, corregida a medias");
        _click(_get(Button.class, spec -> spec.withId("edit-1")));
        assertThat(_find(TextArea.class, spec -> spec.withId("edit-body"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("save-edit"))).hasSize(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-body")).getValue())
                .as("the second press keeps what was typed").isEqualTo("Primera, corregida a medias");

        // Edit on another post while one editor holds changes: still one editor, the typed text kept.
        _click(_get(Button.class, spec -> spec.withId("edit-2")));
        assertThat(_find(TextArea.class, spec -> spec.withId("edit-body"))).hasSize(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-body")).getValue())
                .isEqualTo("Primera, corregida a medias");

        _click(_get(Button.class, spec -> spec.withId("cancel-edit")));
        assertThat(_find(TextArea.class, spec -> spec.withId("edit-body"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("save-edit"))).isEmpty();
        assertThat(As.user(f.member, SpaceFixture.LEARNER, () -> threads.replies(thread, 1, 1)).getFirst().body())
                .isEqualTo("Primera");

        // Closed, the next press on another post opens that post's editor, once.
        _click(_get(Button.class, spec -> spec.withId("edit-2")));
        _click(_get(Button.class, spec -> spec.withId("edit-2")));
        assertThat(_find(TextArea.class, spec -> spec.withId("edit-body"))).hasSize(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-body")).getValue()).isEqualTo("Segunda");
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-body")), "Segunda, corregida");
        _click(_get(Button.class, spec -> spec.withId("save-edit")));
        assertThat(_find(TextArea.class, spec -> spec.withId("edit-body"))).isEmpty();
        assertThat(As.user(f.member, SpaceFixture.LEARNER, () -> threads.replies(thread, 2, 1)).getFirst().body())
                .isEqualTo("Segunda, corregida");
    }

    @Test
    void a_debate_reply_takes_a_position_and_the_counts_follow() {
        ThreadId debate = As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DEBATE, "¿Festivales gratuitos?", "Debatamos")));
        signIn(f.otherMember, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.thread(debate));
        assertThat(_get(Span.class, spec -> spec.withId("stance-AGAINST")).getText()).isEqualTo("En contra: 0");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DebateStance> stance = _get(RadioButtonGroup.class, spec -> spec.withId("reply-stance"));
        _setValue(stance, DebateStance.AGAINST);
        _setValue(_get(TextArea.class, spec -> spec.withId("reply-body")), "Sin cuota no se sostienen.");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));
        assertThat(_get(Span.class, spec -> spec.withId("stance-AGAINST")).getText()).isEqualTo("En contra: 1");
    }

    @Test
    void the_trainer_hides_a_reported_reply_from_the_queue_giving_a_reason() {
        ThreadId thread = As.user(f.member, SpaceFixture.LEARNER, () -> threads.open(new NewThread(f.courseSpace,
                ThreadKind.DISCUSSION, "Dudas", "x")));
        PostId rude = As.user(f.otherMember, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(thread,
                "Ofensa", null, null)));
        As.user(f.member, SpaceFixture.LEARNER, () -> moderation.report(rude, "Ofensivo"));
        signIn(f.trainer, "TRAINER");
        UI.getCurrent().navigate(SpacePaths.spaces());
        assertThat(_find(Anchor.class, spec -> spec.withId("moderation-link"))).hasSize(1);
        UI.getCurrent().navigate(SpacePaths.moderation());
        assertThat(_get(H1.class).getText()).isEqualTo("Moderación");
        Button hide = _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("hide-")).findFirst()
                .orElseThrow();
        _click(hide);
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Falta de respeto");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("queue-empty")).getText())
                .isEqualTo("No hay reportes pendientes.");
        assertThat(_get(Div.class, spec -> spec.withId("moderation-log")).getElement().getTextRecursively())
                .contains("Ocultó una participación").contains("Falta de respeto");
        assertThat(As.user(f.member, SpaceFixture.LEARNER, () -> threads.replies(thread, 1, 1)).getFirst().hidden())
                .isTrue();

        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.moderation());
        assertThat(_find(H1.class).stream().map(H1::getText).toList()).doesNotContain("Moderación");
    }

    @Test
    void the_screens_speak_english_when_asked() {
        useLanguage(Languages.ENGLISH);
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.spaces());
        assertThat(_get(H1.class).getText()).isEqualTo("The Network");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList()).contains("Financing");
    }
}
