package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseDraft;
import org.paralelo.courses.PublishingService;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchRequest;
import org.paralelo.search.SearchService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.SearchPolling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Threads and replies in search, with the permission filter inside the query: a course space's posts only for its
 * members, the network's for everyone signed in; edits are found, hidden posts are not.
 */
@ParaleloSpringTest
@Tag("persistence")
class PostSearchTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;

    @Autowired ApplicationContext application;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired SearchService search;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = SpaceFixture.in(application);
    }

    /** Searches until the index has caught up (it reopens at most a second after a write) or five seconds passed. */
    List<SearchHit> find(String who, String[] roles, String words, boolean expectSome) {
        return SearchPolling.find(search, who, roles, words, expectSome);
    }

    @Test
    void a_course_spaces_thread_is_found_by_its_members_and_not_by_others() {
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.courseSpace,
                ThreadKind.DISCUSSION, "Presupuesto participativo", "Experiencias con el zarzaparrillo municipal")));
        List<SearchHit> hits = find(f.otherMember, LEARNER, "zarzaparrillo", true);
        assertThat(hits).extracting(SearchHit::path).contains(SpacePaths.thread(thread));
        assertThat(hits.getFirst().type().code()).isEqualTo("thread");
        assertThat(find(f.outsider, LEARNER, "zarzaparrillo", false)).isEmpty();
        assertThat(find(f.otherTrainer, SpaceFixture.TRAINER, "zarzaparrillo", false)).isEmpty();
        assertThat(find(f.admin, SpaceFixture.ADMIN, "zarzaparrillo", true)).isNotEmpty();
    }

    @Test
    void a_reply_in_the_network_is_found_by_everyone_an_edit_replaces_it_and_hiding_removes_it() {
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Patrocinios", "¿Cómo conseguirlos?")));
        PostId reply = As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread,
                "Con el fideicomiso quetzalcoatlense", null, null)));
        List<SearchHit> hits = find(f.outsider, LEARNER, "quetzalcoatlense", true);
        assertThat(hits).extracting(SearchHit::path).containsExactly(SpacePaths.post(thread, 1));
        assertThat(hits.getFirst().type().code()).isEqualTo("reply");

        PostView seen = As.user(f.otherMember, LEARNER, () -> threads.replies(thread, 1, 1)).getFirst();
        As.user(f.otherMember, LEARNER, () -> threads.edit(reply, "Con la fundación tlacuachense", seen.version()));
        assertThat(find(f.outsider, LEARNER, "tlacuachense", true)).hasSize(1);
        assertThat(find(f.outsider, LEARNER, "quetzalcoatlense", false)).isEmpty();

        As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.hide(reply, "Publicidad"));
        assertThat(find(f.outsider, LEARNER, "tlacuachense", false)).isEmpty();
    }

    @Test
    void a_posts_breadcrumb_names_its_category_in_the_readers_language() {
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Becas estatales", "Convocatoria del fondo xochimilcatl")));
        List<SearchHit> inSpanish = SearchPolling.find(search, f.otherMember, LEARNER, new SearchRequest(
                "xochimilcatl", null, null, null, null, 0, Languages.SPANISH), true);
        assertThat(inSpanish).extracting(SearchHit::path).containsExactly(SpacePaths.thread(thread));
        assertThat(inSpanish.getFirst().breadcrumb()).containsExactly("Fondos " + f.member, "Becas estatales");

        List<SearchHit> inEnglish = SearchPolling.find(search, f.otherMember, LEARNER, new SearchRequest(
                "xochimilcatl", null, null, null, null, 0, Languages.ENGLISH), true);
        assertThat(inEnglish.getFirst().breadcrumb()).containsExactly("Funds " + f.member, "Becas estatales");
    }

    @Test
    void renaming_a_category_renames_it_in_its_posts_breadcrumbs_in_both_languages_within_seconds() {
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Residencias", "Convocatoria del fondo tepoztlanense")));
        As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread, "Fui al tepoztlanense", null, null)));
        assertThat(breadcrumbsFirst("tepoztlanense", Languages.SPANISH, "Fondos " + f.member, 2)).hasSize(2);

        SpaceSummary category = As.user(f.admin, SpaceFixture.ADMIN, () -> spaces.space(f.category));
        As.user(f.admin, SpaceFixture.ADMIN, () -> spaces.updateCategory(f.category, "Becas " + f.member,
                "Grants " + f.member, category.descriptionEs(), category.descriptionEn(), category.sortOrder(), false,
                category.version()));

        assertThat(breadcrumbsFirst("tepoztlanense", Languages.SPANISH, "Becas " + f.member, 2)).hasSize(2);
        assertThat(breadcrumbsFirst("tepoztlanense", Languages.ENGLISH, "Grants " + f.member, 2)).hasSize(2);
    }

    @Test
    void renaming_a_course_renames_it_in_its_space_posts_breadcrumbs_once_published_within_seconds() {
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.courseSpace,
                ThreadKind.DISCUSSION, "Bitácora", "Notas del taller huitzilopochtlense")));
        As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread, "Yo también fui al huitzilopochtlense",
                null, null)));
        CourseDraft draft = As.user(f.trainer, SpaceFixture.TRAINER, () -> authoring.draft(f.course.course));
        String before = draft.details().title();
        assertThat(breadcrumbsFirst("huitzilopochtlense", Languages.SPANISH, before, 2)).hasSize(2);

        String renamed = "Gestión de festivales " + f.member;
        CourseDetails details = draft.details();
        As.user(f.trainer, SpaceFixture.TRAINER, () -> {
            authoring.updateDetails(f.course.course, new CourseDetails(renamed, details.summary(),
                    details.languageTag(), details.estimatedHours(), details.topicCodes(), details.coverMediaId()),
                    draft.version());
            publishing.publish(f.course.course);
        });

        assertThat(breadcrumbsFirst("huitzilopochtlense", Languages.SPANISH, renamed, 2)).hasSize(2);
        assertThat(breadcrumbsFirst("huitzilopochtlense", Languages.ENGLISH, renamed, 2)).hasSize(2);
        assertThat(As.user(f.member, LEARNER, () -> spaces.space(f.courseSpace)).nameEs()).isEqualTo(renamed);
    }

    List<String> breadcrumbsFirst(String words, java.util.Locale locale, String expected, int hits) {
        return SearchPolling.breadcrumbsFirst(search, f.otherMember, LEARNER, words, locale, expected, hits);
    }
}
