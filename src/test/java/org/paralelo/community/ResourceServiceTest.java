package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.notifications.NoticeKind;
import org.paralelo.notifications.NoticeService;
import org.paralelo.notifications.NoticeView;
import org.paralelo.people.AccountService;
import org.paralelo.people.CreativeField;
import org.paralelo.search.SearchHit;
import org.paralelo.search.SearchService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.Pdfs;
import org.paralelo.support.SearchPolling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shared resources through the real services, database and index: a new contributor's resource waits in the queue,
 * is published or sent back with a reason (and resubmitted), is reported, and is found in search by exactly those
 * who may see it.
 */
@ParaleloSpringTest
@Tag("persistence")
class ResourceServiceTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;
    static final String[] TRAINER = SpaceFixture.TRAINER;
    static final String[] ADMIN = SpaceFixture.ADMIN;

    @Autowired AccountService accounts;
    @Autowired ApplicationContext application;
    @Autowired ResourceService resources;
    @Autowired ResourceModerationService moderation;
    @Autowired ModerationService moderationLog;
    @Autowired SearchService search;
    @Autowired NoticeService notices;
    @Autowired MediaService media;

    SpaceFixture f;

    @BeforeEach
    void membersAndModerators() {
        f = SpaceFixture.in(application);
    }

    static ResourceDraft experience(String title, String text) {
        return new ResourceDraft(ResourceKind.EXPERIENCE, title, "Resumen de " + title, List.of("festivales", "gestión"),
                Set.of(CreativeField.MUSIC), null, null, null, text);
    }

    ResourceId contribute(String who, ResourceDraft draft) {
        return As.user(who, LEARNER, () -> resources.contribute(draft));
    }

    @Test
    void a_new_contributors_resource_waits_for_a_moderator_and_only_they_and_the_author_see_it() {
        ResourceId id = contribute(f.member, experience("Festival de son jarocho", "Organizamos un fandango."));
        assertThat(As.user(f.member, LEARNER, () -> resources.find(id)).status()).isEqualTo(ResourceStatus.PENDING);
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> resources.find(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user(f.trainer, TRAINER, () -> moderation.queue()))
                .anySatisfy(item -> assertThat(item.resource()).isEqualTo(id));
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> moderation.queue()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user(f.otherMember, LEARNER, () -> resources.library(ResourceFilter.none(), 0, 100)))
                .noneMatch(r -> r.id().equals(id));
    }

    @Test
    void approval_publishes_it_tells_the_author_logs_it_and_later_contributions_publish_at_once() {
        ResourceId id = contribute(f.member, experience("Cine en la plaza", "Proyecciones gratuitas."));
        As.user(f.admin, ADMIN, () -> moderation.approve(id, ""));
        assertThat(As.user(f.otherMember, LEARNER, () -> resources.find(id)).status())
                .isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(As.user(f.otherMember, LEARNER, () -> resources.library(new ResourceFilter("festivales",
                CreativeField.MUSIC, null, ResourceKind.EXPERIENCE), 0, 100))).anyMatch(r -> r.id().equals(id));
        assertThat(noticesOf(f.member)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.RESOURCE_APPROVED);
            assertThat(n.link()).isEqualTo(ResourcePaths.resource(id));
        });
        assertThat(As.user(f.admin, ADMIN, () -> moderationLog.log(50)))
                .anyMatch(e -> e.action().equals("APPROVE_RESOURCE"));
        ResourceId second = contribute(f.member, experience("Taller de danzón", "Clases abiertas."));
        assertThat(As.user(f.otherMember, LEARNER, () -> resources.find(second)).status())
                .isEqualTo(ResourceStatus.PUBLISHED);
    }

    @Test
    void a_rejected_resource_goes_back_with_the_reason_and_returns_to_the_queue_when_edited() {
        ResourceId id = contribute(f.member, experience("Convocatoria", "Texto incompleto"));
        As.user(f.trainer, TRAINER, () -> moderation.reject(id, "Falta decir de qué convocatoria se trata"));
        ResourceView back = As.user(f.member, LEARNER, () -> resources.find(id));
        assertThat(back.status()).isEqualTo(ResourceStatus.REJECTED);
        assertThat(back.rejectReason()).isEqualTo("Falta decir de qué convocatoria se trata");
        assertThat(noticesOf(f.member)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.RESOURCE_REJECTED);
            assertThat(n.excerpt()).isEqualTo("Falta decir de qué convocatoria se trata");
        });
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> resources.edit(id,
                experience("Otra", "x"), back.version()))).isInstanceOf(AccessDeniedException.class);
        As.user(f.member, LEARNER, () -> resources.edit(id, experience("Convocatoria PACMYC 2026",
                "Apoyo a culturas municipales y comunitarias."), back.version()));
        ResourceView again = As.user(f.member, LEARNER, () -> resources.find(id));
        assertThat(again.status()).isEqualTo(ResourceStatus.PENDING);
        assertThat(again.rejectReason()).isNull();
        assertThat(As.user(f.trainer, TRAINER, () -> moderation.queue())).anyMatch(i -> i.resource().equals(id));
    }

    @Test
    void a_reported_resource_comes_to_the_queue_once_per_reporter_and_can_be_kept_or_sent_back() {
        ResourceId id = As.user(f.trainer, TRAINER, () -> resources.contribute(experience("Guía", "Publicada.")));
        As.user(f.member, LEARNER, () -> resources.report(id, "Tiene datos personales"));
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> resources.report(id, "Otra vez")))
                .hasMessage("community.error.already-reported");
        assertThat(As.user(f.admin, ADMIN, () -> moderation.queue())).anySatisfy(item -> {
            assertThat(item.resource()).isEqualTo(id);
            assertThat(item.reason()).isEqualTo("Tiene datos personales");
        });
        As.user(f.admin, ADMIN, () -> moderation.dismiss(id, "No hay datos personales"));
        assertThat(As.user(f.admin, ADMIN, () -> moderation.queue())).noneMatch(i -> i.resource().equals(id));
        As.user(f.otherMember, LEARNER, () -> resources.report(id, "Enlace roto"));
        As.user(f.admin, ADMIN, () -> moderation.reject(id, "Corrige el enlace"));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> resources.find(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void links_must_be_web_addresses_and_new_members_share_none_on_their_first_day() {
        ResourceDraft script = new ResourceDraft(ResourceKind.LINK, "Enlace", "Resumen", List.of(), Set.of(), null,
                "javascript:alert(1)", null, null);
        assertThatThrownBy(() -> contribute(f.member, script)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anyMatch(p -> p.field().equals("url")));
        String fresh = SpaceFixture.freshLearner(accounts);
        ResourceDraft link = new ResourceDraft(ResourceKind.LINK, "Enlace", "Resumen", List.of(), Set.of(), null,
                "https://www.gob.mx/cultura", null, null);
        assertThatThrownBy(() -> contribute(fresh, link)).hasMessage("community.error.no-links-yet");
        assertThat(contribute(f.member, link)).isNotNull();
    }

    @Test
    void new_members_contribute_at_most_three_resources_a_day() {
        String fresh = SpaceFixture.freshLearner(accounts);
        for (int i = 0; i < ResourceRules.NEW_PER_DAY; i++) {
            contribute(fresh, experience("Experiencia " + i, "Texto " + i));
        }
        assertThatThrownBy(() -> contribute(fresh, experience("Una más", "Texto")))
                .hasMessage("resource.error.daily-limit");
    }

    @Test
    void a_members_document_is_checked_from_its_bytes_and_downloaded_by_readers_of_the_resource() {
        MediaId file = As.user(f.member, LEARNER, () -> media.store(new ByteArrayInputStream(
                "Guía de fondos culturales".getBytes(StandardCharsets.UTF_8)), "guia.txt",
                MediaPurpose.CONTRIBUTION)).id();
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> media.store(new ByteArrayInputStream(
                "x".getBytes(StandardCharsets.UTF_8)), "a.txt", MediaPurpose.ATTACHMENT)))
                .isInstanceOf(AccessDeniedException.class);
        ResourceId id = contribute(f.member, new ResourceDraft(ResourceKind.DOCUMENT, "Guía", "Fondos", List.of(),
                Set.of(), null, null, file, null));
        assertThatThrownBy(() -> As.user(f.otherMember, LEARNER, () -> media.find(file)))
                .isInstanceOf(AccessDeniedException.class);
        As.user(f.admin, ADMIN, () -> moderation.approve(id, ""));
        assertThat(As.user(f.otherMember, LEARNER, () -> resources.find(id)).downloadPath()).startsWith("/media/");
    }

    @Test
    void search_finds_a_queued_resource_only_for_moderators_and_its_author_and_a_published_one_within_a_second() {
        ResourceId id = contribute(f.member, experience("Mercado de artesanías", "Con el xoconostle tlayudero."));
        assertThat(find(f.member, LEARNER, "xoconostle", true)).extracting(SearchHit::path)
                .containsExactly(ResourcePaths.resource(id));
        assertThat(find(f.trainer, TRAINER, "xoconostle", true)).hasSize(1);
        assertThat(find(f.otherMember, LEARNER, "xoconostle", false)).isEmpty();

        long start = System.nanoTime();
        As.user(f.admin, ADMIN, () -> moderation.approve(id, ""));
        long committed = System.nanoTime();
        List<SearchHit> hits = find(f.otherMember, LEARNER, "xoconostle", true);
        long end = System.nanoTime();
        System.out.printf("Resource approval took %d ms; searchable %d ms after its commit (target ≤ 1000 ms)%n",
                (committed - start) / 1_000_000, (end - committed) / 1_000_000);
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.type().code()).isEqualTo("resource"));
    }

    @Test
    void a_resources_pdf_read_after_it_was_saved_is_found_by_its_words_only_by_moderators_and_its_author() {
        MediaId file = As.user(f.member, LEARNER, () -> media.store(new ByteArrayInputStream(
                Pdfs.withText("Manual del huapango quiroguense")), "manual.pdf", MediaPurpose.CONTRIBUTION)).id();
        ResourceId id = contribute(f.member, new ResourceDraft(ResourceKind.DOCUMENT, "Manual", "Para festivales",
                List.of(), Set.of(), null, null, file, null));

        // The resource is indexed at its commit; the PDF's text arrives later (Tika, in the background) and the
        // resource is re-indexed then. The first PDF of a run loads Tika's parsers: up to two minutes.
        long until = System.nanoTime() + 120_000_000_000L;
        List<SearchHit> hits = find(f.member, LEARNER, "quiroguense", true);
        while (hits.isEmpty() && System.nanoTime() < until) {
            hits = find(f.member, LEARNER, "quiroguense", true);
        }
        assertThat(hits).extracting(SearchHit::path).containsExactly(ResourcePaths.resource(id));
        assertThat(find(f.trainer, TRAINER, "quiroguense", true)).hasSize(1);
        assertThat(find(f.otherMember, LEARNER, "quiroguense", false)).isEmpty();
    }

    List<NoticeView> noticesOf(String who) {
        long until = System.nanoTime() + 5_000_000_000L;
        List<NoticeView> found = As.user(who, LEARNER, () -> notices.mine(0, 20));
        while (found.isEmpty() && System.nanoTime() < until) {
            sleep();
            found = As.user(who, LEARNER, () -> notices.mine(0, 20));
        }
        return found;
    }

    List<SearchHit> find(String who, String[] roles, String words, boolean expectSome) {
        return SearchPolling.find(search, who, roles, words, expectSome);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
