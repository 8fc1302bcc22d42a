package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.community.NetworkImages.stream;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.media.MediaDownload;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Images and attachments in posts, and members' avatars, through the real media checks and database. */
@ParaleloSpringTest
@Tag("persistence")
class NetworkMediaServiceTest {

    static final String[] LEARNER = SpaceFixture.LEARNER;

    @Autowired ApplicationContext application;
    @Autowired ThreadService threads;
    @Autowired MediaService media;
    @Autowired AvatarService avatars;
    @Autowired NetworkProfileService profiles;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = SpaceFixture.in(application);
    }

    StoredMedia upload(String who, byte[] bytes, String name, MediaPurpose purpose) {
        return As.user(who, LEARNER, () -> media.store(stream(bytes), name, purpose));
    }

    @Test
    void a_member_posts_an_inline_image_and_an_attachment_and_another_member_sees_and_downloads_both() {
        StoredMedia photo = upload(f.member, NetworkImages.png(640, 480), "festival.png", MediaPurpose.POST_IMAGE);
        StoredMedia guide = upload(f.member, NetworkImages.pdf(), "Guía de fondos.pdf", MediaPurpose.CONTRIBUTION);
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Nuestro festival", "Así quedó:\n\n![festival](" + photo.downloadPath() + ")",
                List.of(guide.id()))));

        PostView opening = As.user(f.otherMember, LEARNER, () -> threads.thread(thread)).opening();
        assertThat(opening.html()).contains("<img src=\"" + photo.downloadPath() + "\"").contains("post-image");
        assertThat(opening.attachments()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("Guía de fondos.pdf");
            assertThat(file.sizeBytes()).isEqualTo(guide.sizeBytes());
            assertThat(file.downloadPath()).isEqualTo(guide.downloadPath());
        });
        assertThat(bytes(f.otherMember, guide.id())).isEqualTo(NetworkImages.pdf());
        assertThat(As.user(f.otherMember, LEARNER, () -> media.find(photo.id()))).isPresent();
    }

    @Test
    void a_script_renamed_png_is_refused_by_its_bytes_and_nothing_is_kept() {
        assertThatThrownBy(() -> upload(f.member, NetworkImages.SCRIPT.getBytes(StandardCharsets.UTF_8),
                "foto.png", MediaPurpose.POST_IMAGE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.media.type-mismatch"));
        assertThatThrownBy(() -> upload(f.member, NetworkImages.SCRIPT.getBytes(StandardCharsets.UTF_8),
                "yo.png", MediaPurpose.AVATAR)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_svg_with_a_script_is_refused_as_image_attachment_and_avatar() {
        byte[] svg = NetworkImages.SVG_WITH_SCRIPT.getBytes(StandardCharsets.UTF_8);
        for (MediaPurpose purpose : List.of(MediaPurpose.POST_IMAGE, MediaPurpose.CONTRIBUTION, MediaPurpose.AVATAR)) {
            assertThatThrownBy(() -> upload(f.member, svg, "logo.svg", purpose))
                    .as(purpose.name()).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void an_empty_file_is_refused_with_its_own_message() {
        assertThatThrownBy(() -> upload(f.member, new byte[0], "vacio.pdf", MediaPurpose.CONTRIBUTION))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.media.empty"));
    }

    @Test
    void an_avatar_over_five_megabytes_is_refused_while_reading() {
        byte[] big = new byte[(int) MediaPurpose.AVATAR_MAX_BYTES + 1];
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> avatars.replaceMine(stream(big), "enorme.png")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.media.too-large");
                    assertThat(e.arguments()).containsExactly(5L);
                });
        assertThat(As.user(f.member, LEARNER, () -> avatars.mine())).isEmpty();
    }

    @Test
    void the_same_file_uploaded_twice_and_listed_twice_is_attached_once() {
        StoredMedia first = upload(f.member, NetworkImages.pdf(), "acta.pdf", MediaPurpose.CONTRIBUTION);
        StoredMedia again = upload(f.member, NetworkImages.pdf(), "acta.pdf", MediaPurpose.CONTRIBUTION);
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Actas", "Dos veces", List.of(first.id(), first.id(), again.id()))));
        List<PostFile> files = As.user(f.member, LEARNER, () -> threads.thread(thread)).opening().attachments();
        assertThat(files).extracting(PostFile::media).containsExactly(first.id(), again.id());
    }

    @Test
    void someone_elses_upload_and_images_from_elsewhere_are_not_shown_in_a_post() {
        StoredMedia theirs = upload(f.otherMember, NetworkImages.png(32, 32), "suya.png", MediaPurpose.POST_IMAGE);
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Ajena", "![x](" + theirs.downloadPath() + ")"))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("community.error.file-not-yours"));
        assertThatThrownBy(() -> As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Ajena", "Adjunto", List.of(theirs.id())))))
                .isInstanceOf(UserFacingException.class);

        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Fuera", "![local](/icons/logo.png) y ![remota](https://ejemplo.mx/a.png)")));
        String html = As.user(f.otherMember, LEARNER, () -> threads.thread(thread)).opening().html();
        assertThat(html).doesNotContain("<img").contains("local");
    }

    @Test
    void within_the_edit_window_the_author_adds_and_removes_attachments() {
        StoredMedia plan = upload(f.member, NetworkImages.pdf(), "plan.pdf", MediaPurpose.CONTRIBUTION);
        StoredMedia budget = upload(f.member, "Presupuesto\n".getBytes(StandardCharsets.UTF_8), "presupuesto.txt",
                MediaPurpose.CONTRIBUTION);
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Plan", "Va el plan", List.of(plan.id()))));
        PostView opening = As.user(f.member, LEARNER, () -> threads.thread(thread)).opening();

        As.user(f.member, LEARNER, () -> threads.edit(opening.id(), "Va el presupuesto", List.of(budget.id()),
                opening.version()));

        PostView edited = As.user(f.otherMember, LEARNER, () -> threads.thread(thread)).opening();
        assertThat(edited.attachments()).extracting(PostFile::name).containsExactly("presupuesto.txt");
        assertThat(edited.edited()).isFalse();
        // The plan is no longer on any post: only its uploader may read it now.
        assertThatThrownBy(() -> bytes(f.otherMember, plan.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(bytes(f.member, plan.id())).isEqualTo(NetworkImages.pdf());
    }

    @Test
    void an_edit_without_file_changes_keeps_the_attachments() {
        StoredMedia plan = upload(f.member, NetworkImages.pdf(), "plan.pdf", MediaPurpose.CONTRIBUTION);
        ThreadId thread = As.user(f.member, LEARNER, () -> threads.open(new NewThread(f.category,
                ThreadKind.DISCUSSION, "Plan", "Va el plan", List.of(plan.id()))));
        PostView opening = As.user(f.member, LEARNER, () -> threads.thread(thread)).opening();
        As.user(f.member, LEARNER, () -> threads.edit(opening.id(), "Corregido", opening.version()));
        assertThat(As.user(f.member, LEARNER, () -> threads.thread(thread)).opening().attachments()).hasSize(1);
    }

    @Test
    void an_avatar_is_scaled_to_256_px_and_loses_its_exif_then_is_replaced_and_removed() {
        String path = As.user(f.member, LEARNER, () -> avatars.replaceMine(
                stream(NetworkImages.jpegWithExif(1200, 900)), "yo.jpg"));
        MediaId id = idOf(path);
        byte[] stored = bytes(f.member, id);
        BufferedImage image = NetworkImages.decode(stored);
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(MediaPurpose.AVATAR_PX);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PARALELO-GPS").doesNotContain("Exif");

        String replaced = As.user(f.member, LEARNER, () -> avatars.replaceMine(stream(NetworkImages.png(100, 100)),
                "otra.png"));
        assertThat(replaced).isNotEqualTo(path);
        assertThat(As.user(f.member, LEARNER, () -> avatars.mine())).contains(replaced);

        As.user(f.member, LEARNER, () -> avatars.removeMine());
        assertThat(As.user(f.member, LEARNER, () -> avatars.mine())).isEmpty();
    }

    @Test
    void others_see_an_avatar_only_while_the_profile_is_published_and_the_profile_form_stays_saveable() {
        NetworkProfile before = As.user(f.member, LEARNER, () -> profiles.saveMine(draft(false), -1));
        String path = As.user(f.member, LEARNER, () -> avatars.replaceMine(stream(NetworkImages.png(300, 300)),
                "yo.png"));
        Map<PersonId, String> hidden = As.user(f.otherMember, LEARNER,
                () -> avatars.of(List.of(f.memberId)));
        assertThat(hidden).isEmpty();

        // The avatar did not change the profile's version: the form read before it still saves.
        NetworkProfile saved = As.user(f.member, LEARNER, () -> profiles.saveMine(draft(true), before.version()));
        assertThat(saved.published()).isTrue();
        assertThat(As.user(f.otherMember, LEARNER, () -> avatars.of(List.of(f.memberId)))).containsEntry(f.memberId,
                path);
        assertThat(bytes(f.otherMember, idOf(path))).isNotEmpty();
    }

    private static NetworkProfileDraft draft(boolean published) {
        return new NetworkProfileDraft(published, "Casa de Cultura", null, "Gestora cultural", null, null);
    }

    private static MediaId idOf(String path) {
        return new MediaId(Long.parseLong(path.split("/")[2]));
    }

    private byte[] bytes(String who, MediaId id) {
        return As.user(who, LEARNER, () -> {
            MediaDownload download = media.open(id);
            try (InputStream in = download.content().open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
