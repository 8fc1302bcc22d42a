package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.community.AvatarService;
import org.paralelo.community.ModerationService;
import org.paralelo.community.NetworkImages;
import org.paralelo.community.NewThread;
import org.paralelo.community.PostView;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpaceService;
import org.paralelo.community.ThreadId;
import org.paralelo.community.ThreadKind;
import org.paralelo.community.ThreadService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.media.domain.MediaFileRepository;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The orphaned-media sweep against the real database and media store: members' uploads nothing uses any more are
 * deleted (row and bytes) once the grace period (24 h) is over; everything still referenced stays.
 */
@ParaleloSpringTest
@Tag("persistence")
class OrphanedMediaSweepTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;
    static final Duration PAST_GRACE = Duration.ofHours(25);

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired ModerationService moderation;
    @Autowired AvatarService avatars;
    @Autowired MediaService media;
    @Autowired MediaFileRepository files;
    @Autowired ContentStore store;
    @Autowired OrphanedMediaSweep sweep;
    @Autowired TestClock clock;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
    }

    /** A text file no other test uploads, so its bytes are its own. */
    StoredMedia upload(String who, MediaPurpose purpose) {
        byte[] bytes = ("Notas " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
        return As.user(who, LEARNER, () -> media.store(new ByteArrayInputStream(bytes), "notas.txt", purpose));
    }

    /** Whether the upload's row and its bytes are still there. */
    boolean kept(StoredMedia file) {
        boolean row = files.existsById(file.id().value());
        return row && store.exists(files.findById(file.id().value()).orElseThrow().getSha256());
    }

    boolean bytesKept(String sha256) {
        return store.exists(sha256);
    }

    String sha256(StoredMedia file) {
        return files.findById(file.id().value()).orElseThrow().getSha256();
    }

    @Test
    void a_replaced_avatars_old_file_is_gone_after_the_grace_and_the_current_one_stays() {
        String first = As.user(f.member, LEARNER, () -> avatars.replaceMine(
                NetworkImages.stream(NetworkImages.png(301, 203)), "yo.png"));
        long firstId = Long.parseLong(first.split("/")[2]);
        String firstSha = files.findById(firstId).orElseThrow().getSha256();
        String current = As.user(f.member, LEARNER, () -> avatars.replaceMine(
                NetworkImages.stream(NetworkImages.png(302, 204)), "yo-nueva.png"));
        long currentId = Long.parseLong(current.split("/")[2]);

        clock.advance(PAST_GRACE);
        sweep.removeOrphans();

        assertThat(files.existsById(firstId)).isFalse();
        assertThat(bytesKept(firstSha)).isFalse();
        assertThat(files.existsById(currentId)).isTrue();
        assertThat(As.user(f.member, LEARNER, () -> avatars.mine())).contains(current);
    }

    @Test
    void an_attachment_removed_from_a_post_is_gone_and_the_one_attached_instead_stays() {
        StoredMedia plan = upload(f.member, MediaPurpose.CONTRIBUTION);
        StoredMedia budget = upload(f.member, MediaPurpose.CONTRIBUTION);
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Plan", "Va el plan", List.of(plan.id()))));
        PostView opening = As.user(f.member, LEARNER, () -> threads.thread(thread)).opening();
        As.user(f.member, LEARNER, () -> threads.edit(opening.id(), "Va el presupuesto", List.of(budget.id()),
                opening.version()));
        String planSha = sha256(plan);

        clock.advance(PAST_GRACE);
        sweep.removeOrphans();

        assertThat(files.existsById(plan.id().value())).isFalse();
        assertThat(bytesKept(planSha)).isFalse();
        assertThat(kept(budget)).isTrue();
    }

    @Test
    void a_hidden_posts_attachment_stays_as_a_moderator_may_restore_the_post() {
        StoredMedia minutes = upload(f.member, MediaPurpose.CONTRIBUTION);
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Acta", "El acta", List.of(minutes.id()))));
        PostView opening = As.user(f.member, LEARNER, () -> threads.thread(thread)).opening();
        As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.hide(opening.id(), "Revisión"));

        clock.advance(PAST_GRACE);
        sweep.removeOrphans();

        assertThat(kept(minutes)).isTrue();
    }

    @Test
    void a_fresh_unattached_upload_survives_until_the_grace_ends() {
        StoredMedia draft = upload(f.member, MediaPurpose.CONTRIBUTION);
        String sha = sha256(draft);

        clock.advance(Duration.ofHours(23));
        sweep.removeOrphans();
        assertThat(kept(draft)).isTrue();

        clock.advance(Duration.ofHours(2));
        sweep.removeOrphans();
        assertThat(files.existsById(draft.id().value())).isFalse();
        assertThat(bytesKept(sha)).isFalse();
    }

    @Test
    void bytes_shared_with_an_upload_still_in_use_stay_when_the_orphaned_row_goes() {
        byte[] bytes = ("Compartido " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
        StoredMedia used = As.user(f.member, LEARNER, () -> media.store(new ByteArrayInputStream(bytes),
                "a.txt", MediaPurpose.CONTRIBUTION));
        StoredMedia twin = As.user(f.member, LEARNER, () -> media.store(new ByteArrayInputStream(bytes),
                "b.txt", MediaPurpose.CONTRIBUTION));
        As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category, ThreadKind.DISCUSSION, "Archivo",
                "Aquí", List.of(used.id()))));

        clock.advance(PAST_GRACE);
        sweep.removeOrphans();

        assertThat(files.existsById(twin.id().value())).isFalse();
        assertThat(kept(used)).isTrue();
    }

    @Test
    void staff_uploads_are_never_swept() {
        StoredMedia handout = As.user(f.trainer, SpaceFixture.TRAINER, () -> media.store(new ByteArrayInputStream(
                ("Apuntes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), "apuntes.txt",
                MediaPurpose.ATTACHMENT));

        clock.advance(PAST_GRACE);
        sweep.removeOrphans();

        assertThat(kept(handout)).isTrue();
    }

    @Test
    void running_the_sweep_twice_is_harmless() {
        StoredMedia orphan = upload(f.member, MediaPurpose.CONTRIBUTION);
        StoredMedia attached = upload(f.member, MediaPurpose.CONTRIBUTION);
        As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category, ThreadKind.DISCUSSION, "Archivo",
                "Aquí", List.of(attached.id()))));
        clock.advance(PAST_GRACE);

        sweep.removeOrphans();
        int second = sweep.removeOrphans();

        assertThat(second).isZero();
        assertThat(files.existsById(orphan.id().value())).isFalse();
        assertThat(kept(attached)).isTrue();
    }
}
