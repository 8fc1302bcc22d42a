package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.community.NetworkImages.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.search.SearchDocument;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchService;
import org.paralelo.support.As;
import org.paralelo.support.HostileDocx;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.SearchPolling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The words inside a post's attachments are in search (real Tika extraction, real Lucene), with the post's
 * permissions: found as the post, naming the file; not by outsiders of a course space; gone with a hidden post or
 * a removed attachment.
 */
@ParaleloSpringTest
@Tag("persistence")
class PostAttachmentSearchTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;

    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired MediaService media;
    @Autowired SearchService search;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = SpaceFixture.in(application);
    }

    List<SearchHit> find(String who, String[] roles, String words, boolean expectSome) {
        return SearchPolling.find(search, who, roles, words, expectSome);
    }

    /**
     * Hits once the file's text has been extracted and indexed: the first DOCX of a run loads Tika's Office parsers,
     * which took 40 s on a loaded machine, so this waits up to two minutes (five seconds at a time).
     */
    List<SearchHit> findInExtractedText(String who, String[] roles, String words) {
        long until = System.nanoTime() + 120_000_000_000L;
        List<SearchHit> hits = find(who, roles, words, true);
        while (hits.isEmpty() && System.nanoTime() < until) {
            hits = find(who, roles, words, true);
        }
        return hits;
    }

    StoredMedia upload(String who, byte[] bytes, String name) {
        return As.user(who, LEARNER, () -> media.store(stream(bytes), name, MediaPurpose.CONTRIBUTION));
    }

    static byte[] text(String words) {
        return (words + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_word_inside_a_threads_docx_finds_the_thread_and_the_hit_names_the_file() {
        StoredMedia guide = upload(f.member, HostileDocx.harmless("Convocatoria del tlacuachario municipal"),
                "Guía de fondos.docx");
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Fondos para festivales", "Les comparto la guía", List.of(guide.id()))));

        // The post is saved at once; the DOCX's text arrives later and its post is re-indexed then.
        List<SearchHit> hits = findInExtractedText(f.otherMember, LEARNER, "tlacuachario");

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.path()).isEqualTo(SpacePaths.thread(thread));
            assertThat(hit.type().code()).isEqualTo("thread");
            assertThat(hit.title()).isEqualTo("Fondos para festivales");
            assertThat(hit.breadcrumb()).contains(
                    SearchDocument.label("community.search.in-attachment", "Guía de fondos.docx"));
            assertThat(String.join(" ", hit.snippets())).contains("tlacuachario");
        });
    }

    @Test
    void a_course_spaces_attachment_is_found_by_its_members_and_not_by_others() {
        StoredMedia minutes = upload(f.member, text("Acta del consejo xochimilcano de cultura"), "acta.txt");
        As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.courseSpace, ThreadKind.DISCUSSION,
                "Acta", "El acta de la sesión", List.of(minutes.id()))));

        assertThat(findInExtractedText(f.otherMember, LEARNER, "xochimilcano")).hasSize(1);
        assertThat(find(f.outsider, LEARNER, "xochimilcano", false)).isEmpty();
        assertThat(find(f.otherTrainer, SpaceFixture.TRAINER, "xochimilcano", false)).isEmpty();
    }

    @Test
    void a_hidden_replys_attachment_is_no_longer_found() {
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Difusión", "¿Qué les funciona?")));
        StoredMedia flyer = upload(f.otherMember, text("Volante del tianguis huitzilopochtense"), "volante.txt");
        PostId reply = As.user(f.otherMember, LEARNER, () -> threads.reply(new NewReply(thread, "Este volante",
                null, null, List.of(flyer.id()))));
        List<SearchHit> hits = findInExtractedText(f.outsider, LEARNER, "huitzilopochtense");
        assertThat(hits).extracting(SearchHit::path).containsExactly(SpacePaths.post(thread, 1));
        assertThat(hits.getFirst().type().code()).isEqualTo("reply");

        As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.hide(reply, "Publicidad"));

        assertThat(find(f.outsider, LEARNER, "huitzilopochtense", false)).isEmpty();
    }

    @Test
    void an_edit_that_swaps_the_attachment_swaps_the_words_found() {
        StoredMedia plan = upload(f.member, text("Plan de la feria tlaxcalteca del libro"), "plan.txt");
        StoredMedia budget = upload(f.member, text("Presupuesto de la muestra zacatecana"), "presupuesto.txt");
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Feria", "Va el plan", List.of(plan.id()))));
        assertThat(findInExtractedText(f.otherMember, LEARNER, "tlaxcalteca")).hasSize(1);

        PostView opening = As.user(f.member, LEARNER, () -> threads.thread(thread)).opening();
        As.user(f.member, LEARNER, () -> threads.edit(opening.id(), "Va el presupuesto", List.of(budget.id()),
                opening.version()));

        assertThat(findInExtractedText(f.otherMember, LEARNER, "zacatecana")).hasSize(1);
        assertThat(find(f.otherMember, LEARNER, "tlaxcalteca", false)).isEmpty();
    }
}
