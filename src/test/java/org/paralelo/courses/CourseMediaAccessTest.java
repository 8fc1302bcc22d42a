package org.paralelo.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.media.MediaAccess;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Attachments are readable by exactly the people who may see the lesson that links them. */
@ParaleloSpringTest
@Tag("persistence")
class CourseMediaAccessTest {

    private static final String[] LEARNER = {"LEARNER"};

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    MediaService media;
    @Autowired
    MediaAccess mediaAccess;
    @Autowired
    AccountService accounts;

    String trainer;
    String otherTrainer;

    @BeforeEach
    void trainers() {
        trainer = People.uniqueUsername("adjunta");
        otherTrainer = People.uniqueUsername("curiosa");
        People.create(accounts, trainer, Role.TRAINER);
        People.create(accounts, otherTrainer, Role.TRAINER);
    }

    @Test
    void a_pdf_linked_from_a_lesson_is_readable_by_learners_only_once_the_course_is_published() throws IOException {
        StoredMedia pdf = upload("content-samples/gestion-empresarial/media/plantilla-flujo-de-caja.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        CourseId course = Courses.withOneLesson(authoring, trainer, "Con adjunto");
        String lesson = As.user(trainer, Courses.TRAINER, () -> authoring.draft(course)).modules().getFirst()
                .items().getFirst().key();
        As.user(trainer, Courses.TRAINER, () -> authoring.saveLesson(course, lesson,
                "Descarga [la plantilla](" + pdf.downloadPath().substring(1) + ").",
                authoring.lesson(course, lesson).version()));

        assertThat(As.user("lectora-pdf", LEARNER, () -> mediaAccess.canRead(pdf.id()))).isFalse();
        assertThat(As.user(otherTrainer, Courses.TRAINER, () -> mediaAccess.canRead(pdf.id()))).isFalse();
        assertThat(As.user(trainer, Courses.TRAINER, () -> mediaAccess.canRead(pdf.id()))).isTrue();

        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));

        assertThat(As.user("lectora-pdf", LEARNER, () -> mediaAccess.canRead(pdf.id()))).isTrue();
        assertThat(As.anonymous(() -> mediaAccess.canRead(pdf.id()))).isFalse();
    }

    @Test
    void a_file_removed_from_the_draft_stays_readable_while_the_published_version_still_links_it() throws IOException {
        StoredMedia pdf = upload("content-samples/gestion-empresarial/media/plantilla-flujo-de-caja.pdf");
        CourseId course = Courses.withOneLesson(authoring, trainer, "Quitar adjunto");
        String lesson = As.user(trainer, Courses.TRAINER, () -> authoring.draft(course)).modules().getFirst()
                .items().getFirst().key();
        As.user(trainer, Courses.TRAINER, () -> authoring.saveLesson(course, lesson,
                "[plantilla](" + pdf.downloadPath().substring(1) + ")", authoring.lesson(course, lesson).version()));
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        As.user(trainer, Courses.TRAINER, () -> authoring.saveLesson(course, lesson, "Sin adjunto ya.",
                authoring.lesson(course, lesson).version()));

        assertThat(As.user("lector-pdf", LEARNER, () -> mediaAccess.canRead(pdf.id()))).isTrue();
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        assertThat(As.user("lector-pdf", LEARNER, () -> mediaAccess.canRead(pdf.id()))).isFalse();
    }

    @ParameterizedTest(name = "{0}: draft attachment {1}, published attachment {2}")
    @CsvSource({
            "ANONYMOUS, refused, refused", "LEARNER, refused, allowed", "OTHER_TRAINER, refused, allowed",
            "OWNER, allowed, allowed", "CO_TRAINER, allowed, allowed", "ADMIN, allowed, allowed",
    })
    void attachments_follow_the_matrix_for_every_role(String role, String draft, String published)
            throws IOException {
        String coTrainer = People.uniqueUsername("coadjunta");
        PersonId co = People.create(accounts, coTrainer, Role.TRAINER);
        StoredMedia pdf = upload("content-samples/gestion-empresarial/media/plantilla-flujo-de-caja.pdf");
        CourseId course = Courses.withOneLesson(authoring, trainer, "Matriz de adjuntos");
        String lesson = As.user(trainer, Courses.TRAINER, () -> authoring.draft(course)).modules().getFirst()
                .items().getFirst().key();
        As.user(trainer, Courses.TRAINER, () -> {
            authoring.setCoTrainers(course, Set.of(co));
            authoring.saveLesson(course, lesson, "[plantilla](" + pdf.downloadPath().substring(1) + ")",
                    authoring.lesson(course, lesson).version());
        });

        assertThat(canRead(role, coTrainer, pdf)).as("draft-only attachment").isEqualTo("allowed".equals(draft));
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        assertThat(canRead(role, coTrainer, pdf)).as("published attachment").isEqualTo("allowed".equals(published));
    }

    private boolean canRead(String role, String coTrainer, StoredMedia file) {
        return switch (role) {
            case "ANONYMOUS" -> As.anonymous(() -> mediaAccess.canRead(file.id()));
            case "LEARNER" -> As.user("lectora-matriz", LEARNER, () -> mediaAccess.canRead(file.id()));
            case "OTHER_TRAINER" -> As.user(otherTrainer, Courses.TRAINER, () -> mediaAccess.canRead(file.id()));
            case "OWNER" -> As.user(trainer, Courses.TRAINER, () -> mediaAccess.canRead(file.id()));
            case "CO_TRAINER" -> As.user(coTrainer, Courses.TRAINER, () -> mediaAccess.canRead(file.id()));
            case "ADMIN" -> As.admin(() -> mediaAccess.canRead(file.id()));
            default -> throw new IllegalArgumentException(role);
        };
    }

    private StoredMedia upload(String path) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            byte[] bytes = in.readAllBytes();
            // A distinct byte sequence per test so each gets its own media row.
            return As.user(trainer, Courses.TRAINER, () -> media.store(new ByteArrayInputStream(
                    concat(bytes, ("\n%" + trainer).getBytes())), "Plantilla de flujo de caja.pdf",
                    MediaPurpose.ATTACHMENT));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
