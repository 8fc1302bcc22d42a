package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.media.domain.MediaFile;
import org.paralelo.media.domain.MediaFileRepository;
import org.paralelo.people.AccountService;
import org.paralelo.people.Caller;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploads through the real service, database and media directory (H2 here, MariaDB in CI's second leg). */
@ParaleloSpringTest
@Tag("persistence")
class MediaServiceTest {

    private static final String[] TRAINER = {"TRAINER"};
    private static final String[] LEARNER = {"LEARNER"};

    @Autowired
    MediaService media;
    @Autowired
    MediaFileRepository files;
    @Autowired
    ContentStore store;
    @Autowired
    MediaLimits limits;
    @Autowired
    AccountService accounts;
    @Autowired
    Caller caller;
    @Autowired
    PlatformTransactionManager transactions;

    String trainer;

    @BeforeEach
    void createTrainer() {
        trainer = People.uniqueUsername("formadora");
        People.create(accounts, trainer, Role.TRAINER);
    }

    // --- Accepted formats -------------------------------------------------------------------------------------

    @Test
    void a_pdf_from_the_sample_library_is_stored_with_its_type_size_and_name() throws IOException {
        byte[] pdf = MediaFixtures.samplePdf();

        StoredMedia stored = upload(pdf, "Plantilla flujo de caja.pdf", MediaPurpose.ATTACHMENT);

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.originalName()).isEqualTo("Plantilla flujo de caja.pdf");
        assertThat(stored.width()).isNull();
        assertThat(storedBytes(stored)).isEqualTo(pdf);
    }

    @Test
    void every_accepted_attachment_format_is_recognised_from_its_bytes() {
        assertThat(upload(MediaFixtures.tinyPdf(), "mínimo.pdf", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.PDF);
        assertThat(upload(MediaFixtures.sampleDocx(), "costos.docx", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.DOCX);
        assertThat(upload(MediaFixtures.pptx(), "presentación.pptx", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.PPTX);
        assertThat(upload(MediaFixtures.xlsx(), "presupuesto.xlsx", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.XLSX);
        assertThat(upload(MediaFixtures.odt(), "acta.odt", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.ODT);
        assertThat(upload(MediaFixtures.odp(), "taller.odp", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.ODP);
        assertThat(upload(MediaFixtures.text("Materiales: papel amate, pinceles, acrílicos.\n"), "lista.txt",
                MediaPurpose.ATTACHMENT).mediaType()).isEqualTo(MediaTypes.TEXT);
        assertThat(upload(MediaFixtures.png(40, 30), "diagrama.png", MediaPurpose.ATTACHMENT).mediaType())
                .isEqualTo(MediaTypes.PNG);
    }

    @Test
    void every_accepted_image_format_is_recognised_and_measured() {
        StoredMedia png = upload(MediaFixtures.png(40, 30), "logo.png", MediaPurpose.IMAGE);
        StoredMedia jpeg = upload(MediaFixtures.jpeg(64, 48), "foto.jpg", MediaPurpose.IMAGE);
        StoredMedia gif = upload(MediaFixtures.gif(20, 10), "icono.gif", MediaPurpose.IMAGE);
        StoredMedia webp = upload(MediaFixtures.webp(), "punto.webp", MediaPurpose.IMAGE);

        assertThat(png).extracting(StoredMedia::mediaType, StoredMedia::width, StoredMedia::height)
                .containsExactly(MediaTypes.PNG, 40, 30);
        assertThat(jpeg).extracting(StoredMedia::mediaType, StoredMedia::width, StoredMedia::height)
                .containsExactly(MediaTypes.JPEG, 64, 48);
        assertThat(gif).extracting(StoredMedia::mediaType, StoredMedia::width, StoredMedia::height)
                .containsExactly(MediaTypes.GIF, 20, 10);
        assertThat(webp).extracting(StoredMedia::mediaType, StoredMedia::width, StoredMedia::height)
                .containsExactly(MediaTypes.WEBP, 1, 1);
    }

    @Test
    void a_small_png_is_kept_byte_for_byte() throws IOException {
        byte[] png = MediaFixtures.png(800, 600);

        StoredMedia stored = upload(png, "pequeña.png", MediaPurpose.IMAGE);

        assertThat(storedBytes(stored)).isEqualTo(png);
    }

    @Test
    void a_small_jpeg_is_re_encoded_upright_without_its_exif_metadata() throws IOException {
        byte[] photo = MediaFixtures.jpegWithOrientation(80, 40, 6);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif");

        StoredMedia stored = upload(photo, "foto-del-taller.jpg", MediaPurpose.IMAGE);

        assertThat(new String(storedBytes(stored), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif");
        assertThat(stored).extracting(StoredMedia::width, StoredMedia::height).containsExactly(40, 80);
    }

    // --- Images for slow connections --------------------------------------------------------------------------

    @Test
    void a_4000_by_3000_photo_is_stored_at_1600_pixels_wide_as_jpeg() throws IOException {
        byte[] photo = MediaFixtures.jpeg(4000, 3000);

        StoredMedia stored = upload(photo, "escenario.jpg", MediaPurpose.IMAGE);

        assertThat(stored.width()).isEqualTo(1600);
        assertThat(stored.height()).isEqualTo(1200);
        BufferedImage kept = MediaFixtures.decode(storedBytes(stored));
        assertThat(kept.getWidth()).isEqualTo(1600);
        assertThat(kept.getHeight()).isEqualTo(1200);
        assertThat(stored.mediaType()).isEqualTo(MediaTypes.JPEG);
        assertThat(stored.sizeBytes()).isLessThan(photo.length);
    }

    @Test
    void a_large_png_stays_a_png_and_an_image_attachment_is_scaled_too() throws IOException {
        StoredMedia stored = upload(MediaFixtures.png(2400, 3200), "cartel.png", MediaPurpose.ATTACHMENT);

        assertThat(stored.mediaType()).isEqualTo(MediaTypes.PNG);
        assertThat(stored.width()).isEqualTo(1200);
        assertThat(stored.height()).isEqualTo(1600);
        assertThat(MediaFixtures.decode(storedBytes(stored)).getHeight()).isEqualTo(1600);
    }

    @Test
    void a_phone_photo_taken_sideways_is_stored_upright_and_without_its_metadata() throws IOException {
        byte[] photo = MediaFixtures.jpegWithOrientation(4000, 3000, 6);

        StoredMedia stored = upload(photo, "IMG_2041.jpg", MediaPurpose.IMAGE);

        assertThat(stored.width()).isEqualTo(1200);
        assertThat(stored.height()).isEqualTo(1600);
        byte[] kept = storedBytes(stored);
        assertThat(MediaFixtures.decode(kept).getWidth()).isEqualTo(1200);
        assertThat(indexOf(kept, "Exif".getBytes())).as("EXIF left in the stored image").isEqualTo(-1);
    }

    @Test
    void a_small_sideways_photo_is_kept_as_sent_but_measured_as_displayed() {
        StoredMedia stored = upload(MediaFixtures.jpegWithOrientation(400, 300, 6), "retrato.jpg",
                MediaPurpose.IMAGE);

        assertThat(stored.width()).isEqualTo(300);
        assertThat(stored.height()).isEqualTo(400);
    }

    // --- Content addressing --------------------------------------------------------------------------------------

    @Test
    void the_same_bytes_uploaded_twice_are_stored_once_on_disk() {
        byte[] notes = MediaFixtures.text("Minuta de la reunión regional " + UUID.randomUUID() + "\n");
        long before = filesOnDisk();

        StoredMedia first = upload(notes, "minuta.txt", MediaPurpose.ATTACHMENT);
        long afterFirst = filesOnDisk();
        StoredMedia second = upload(notes, "minuta (copia).txt", MediaPurpose.ATTACHMENT);

        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(filesOnDisk()).isEqualTo(afterFirst);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.originalName()).isEqualTo("minuta (copia).txt");
        assertThat(sha256Of(first)).isEqualTo(sha256Of(second));
    }

    @Test
    void a_rolled_back_upload_keeps_the_bytes_a_concurrent_upload_of_the_same_file_still_needs() throws Exception {
        byte[] notes = MediaFixtures.text("Acta compartida " + UUID.randomUUID() + "\n");
        CountDownLatch firstPlaced = new CountDownLatch(1);
        CountDownLatch secondPlaced = new CountDownLatch(1);
        CountDownLatch firstRolledBack = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // A package preview stores the file first and rolls back while an import of the same file is open.
            Future<?> preview = threads.submit(() -> {
                try {
                    transaction.executeWithoutResult(status -> {
                        upload(notes, "acta.txt", MediaPurpose.ATTACHMENT);
                        firstPlaced.countDown();
                        await(secondPlaced);
                        status.setRollbackOnly();
                    });
                } finally {
                    firstRolledBack.countDown();
                }
            });
            Future<StoredMedia> imported = threads.submit(() -> transaction.execute(status -> {
                await(firstPlaced);
                StoredMedia stored = upload(notes, "acta.txt", MediaPurpose.ATTACHMENT);
                secondPlaced.countDown();
                await(firstRolledBack);
                return stored;
            }));
            preview.get(60, TimeUnit.SECONDS);
            StoredMedia kept = imported.get(60, TimeUnit.SECONDS);

            assertThat(storedBytes(kept)).isEqualTo(notes);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void the_bytes_of_an_upload_whose_transaction_rolls_back_are_removed_when_nothing_else_uses_them() {
        byte[] notes = MediaFixtures.text("Borrador sin guardar " + UUID.randomUUID() + "\n");
        long onDisk = filesOnDisk();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            upload(notes, "borrador.txt", MediaPurpose.ATTACHMENT);
            assertThat(filesOnDisk()).isEqualTo(onDisk + 1);
            status.setRollbackOnly();
        });

        assertThat(filesOnDisk()).isEqualTo(onDisk);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void stored_files_live_under_two_levels_of_hash_prefixes_and_no_upload_is_left_half_done() {
        StoredMedia stored = upload(MediaFixtures.text("Guion del taller " + UUID.randomUUID()), "guion.txt",
                MediaPurpose.ATTACHMENT);

        String sha = sha256Of(stored);
        assertThat(store.pathOf(sha)).exists()
                .isEqualTo(store.root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
        assertThat(store.root().resolve("incoming")).isEmptyDirectory();
    }

    // --- Refusals: nothing is kept --------------------------------------------------------------------------------

    @Test
    void a_zip_renamed_to_pdf_is_refused_as_a_compressed_archive() {
        InvalidInputException refusal = refusedWithNothingStored("error.media.type-mismatch",
                () -> upload(MediaFixtures.zip(), "factura.pdf", MediaPurpose.ATTACHMENT));

        assertThat(refusal.arguments()).singleElement().satisfies(kind -> assertThat(kind)
                .isEqualTo(MediaTypes.Kind.ARCHIVE.label()));
    }

    @Test
    void a_web_page_renamed_to_pdf_is_refused_as_a_web_page() {
        InvalidInputException refusal = refusedWithNothingStored("error.media.type-mismatch",
                () -> upload(MediaFixtures.html(), "factura.pdf", MediaPurpose.ATTACHMENT));

        assertThat(refusal.arguments()).containsExactly(MediaTypes.Kind.WEB_PAGE.label());
    }

    @Test
    void an_empty_file_is_refused() {
        refusedWithNothingStored("error.media.empty",
                () -> upload(new byte[0], "vacío.pdf", MediaPurpose.ATTACHMENT));
    }

    @Test
    void a_file_over_the_cap_is_refused_after_reading_no_more_than_one_buffer_past_it() {
        MediaService smallCap = smallCap(4096);
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                read.addAndGet(length);
                return length;
            }
        };

        InvalidInputException refusal = refusedWithNothingStored("error.media.too-large",
                () -> As.user(trainer, TRAINER, () -> smallCap.store(endless, "infinito.txt",
                        MediaPurpose.ATTACHMENT)));

        assertThat(read.get()).isLessThanOrEqualTo(4096 + 64 * 1024);
        assertThat(refusal.arguments()).containsExactly(smallCap.limits().maxMegabytes());
    }

    @Test
    void a_file_exactly_at_the_cap_is_accepted() {
        MediaService smallCap = smallCap(4096);
        byte[] text = new byte[4096];
        Arrays.fill(text, (byte) 'b');

        StoredMedia stored = As.user(trainer, TRAINER,
                () -> smallCap.store(new ByteArrayInputStream(text), "límite.txt", MediaPurpose.ATTACHMENT));

        assertThat(stored.sizeBytes()).isEqualTo(4096);
    }

    @Test
    void the_configured_cap_is_50_megabytes() {
        assertThat(limits.maxBytes()).isEqualTo(52_428_800L);
        assertThat(limits.maxMegabytes()).isEqualTo(50L);
        assertThat(limits.imageMaxPx()).isEqualTo(1600);
        assertThat(limits.imageMaxPixels()).isEqualTo(40_000_000L);
    }

    @Test
    void a_program_is_refused_as_an_unsupported_type_listing_the_accepted_formats() {
        InvalidInputException refusal = refusedWithNothingStored("error.media.unsupported-type",
                () -> upload(MediaFixtures.elf(), "herramienta", MediaPurpose.ATTACHMENT));

        assertThat(refusal.arguments()).containsExactly(MediaTypes.formatList(MediaPurpose.ATTACHMENT));
    }

    @Test
    void an_audio_file_is_refused_as_an_unsupported_type() {
        refusedWithNothingStored("error.media.unsupported-type",
                () -> upload(MediaFixtures.wav(), "entrevista.wav", MediaPurpose.ATTACHMENT));
    }

    @Test
    void an_svg_is_refused_as_an_image_and_as_an_attachment() {
        refusedWithNothingStored("error.media.unsupported-type",
                () -> upload(MediaFixtures.svg(), "logo.svg", MediaPurpose.IMAGE));
        refusedWithNothingStored("error.media.unsupported-type",
                () -> upload(MediaFixtures.svg(), "logo.svg", MediaPurpose.ATTACHMENT));
        InvalidInputException renamed = refusedWithNothingStored("error.media.type-mismatch",
                () -> upload(MediaFixtures.svg(), "logo.png", MediaPurpose.IMAGE));
        assertThat(renamed.arguments()).containsExactly(MediaTypes.Kind.IMAGE.label());
    }

    @Test
    void a_pdf_is_not_an_image() {
        InvalidInputException refusal = refusedWithNothingStored("error.media.unsupported-type",
                () -> upload(MediaFixtures.tinyPdf(), "folleto.pdf", MediaPurpose.IMAGE));

        assertThat(refusal.arguments()).containsExactly("PNG, JPEG, GIF, WebP");
    }

    @Test
    void an_image_declaring_100_megapixels_is_refused_before_it_is_decoded() {
        InvalidInputException refusal = refusedWithNothingStored("error.media.too-many-pixels",
                () -> upload(MediaFixtures.pngDeclaring(10_000, 10_000), "bomba.png", MediaPurpose.IMAGE));

        assertThat(refusal.arguments()).containsExactly(40L);
    }

    @Test
    void a_damaged_image_is_refused_as_unreadable() {
        refusedWithNothingStored("error.media.unreadable-image",
                () -> upload(MediaFixtures.pngDeclaring(100, 100), "dañada.png", MediaPurpose.IMAGE));
    }

    @Test
    void a_damaged_large_image_is_refused_and_leaves_no_scaled_copy_behind() {
        refusedWithNothingStored("error.media.unreadable-image",
                () -> upload(MediaFixtures.pngDeclaring(3000, 2000), "dañada-grande.png", MediaPurpose.IMAGE));
    }

    // --- Names ---------------------------------------------------------------------------------------------------

    @Test
    void hostile_names_are_cleaned_before_they_are_kept() {
        assertThat(upload(MediaFixtures.text("root:x:0:0\n"), "../../etc/passwd", MediaPurpose.ATTACHMENT)
                .originalName()).isEqualTo("passwd.txt");
        assertThat(upload(MediaFixtures.tinyPdf(), "a\u0000b.pdf", MediaPurpose.ATTACHMENT).originalName())
                .isEqualTo("ab.pdf");
        String longName = upload(MediaFixtures.tinyPdf(), "n".repeat(300) + ".pdf", MediaPurpose.ATTACHMENT)
                .originalName();
        assertThat(longName).hasSize(255).endsWith(".pdf");
    }

    @Test
    void a_name_that_lies_about_an_accepted_type_gets_the_real_extension() {
        StoredMedia stored = upload(MediaFixtures.png(10, 10), "foto.pdf", MediaPurpose.ATTACHMENT);

        assertThat(stored.mediaType()).isEqualTo(MediaTypes.PNG);
        assertThat(stored.originalName()).isEqualTo("foto.pdf.png");
    }

    // --- Who may upload and read ------------------------------------------------------------------------------------

    @Test
    void a_learner_cannot_upload_and_nothing_is_stored() {
        String learner = People.uniqueUsername("participante");
        People.create(accounts, learner, Role.LEARNER);
        long rows = files.count();
        long onDisk = filesOnDisk();

        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> media.store(
                new ByteArrayInputStream(MediaFixtures.tinyPdf()), "tarea.pdf", MediaPurpose.ATTACHMENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(files.count()).isEqualTo(rows);
        assertThat(filesOnDisk()).isEqualTo(onDisk);
    }

    @Test
    void nobody_signed_in_can_upload() {
        long rows = files.count();
        long onDisk = filesOnDisk();

        assertThatThrownBy(() -> As.anonymous(() -> media.store(new ByteArrayInputStream(MediaFixtures.tinyPdf()),
                "x.pdf", MediaPurpose.ATTACHMENT)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThat(files.count()).isEqualTo(rows);
        assertThat(filesOnDisk()).isEqualTo(onDisk);
    }

    @Test
    void an_admin_can_upload() {
        StoredMedia stored = As.admin(() -> media.store(new ByteArrayInputStream(MediaFixtures.tinyPdf()),
                "reglamento.pdf", MediaPurpose.ATTACHMENT));

        assertThat(As.admin(() -> media.find(stored.id()))).contains(stored);
    }

    @Test
    void the_uploader_and_admins_can_read_a_file_but_a_learner_cannot() {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "privado.pdf", MediaPurpose.ATTACHMENT);
        String learner = People.uniqueUsername("curiosa");
        People.create(accounts, learner, Role.LEARNER);

        assertThat(As.user(trainer, TRAINER, () -> media.find(stored.id()))).contains(stored);
        assertThat(As.admin(() -> media.find(stored.id()))).contains(stored);
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> media.find(stored.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(learner, LEARNER, () -> media.open(stored.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_trainer_cannot_read_a_file_they_did_not_upload() {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "borrador.pdf", MediaPurpose.ATTACHMENT);
        String colleague = People.uniqueUsername("colega");
        People.create(accounts, colleague, Role.TRAINER);

        assertThatThrownBy(() -> As.user(colleague, TRAINER, () -> media.find(stored.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_read_policy_from_another_module_can_let_a_learner_read() {
        StoredMedia shared = upload(MediaFixtures.tinyPdf(), "lectura.pdf", MediaPurpose.ATTACHMENT);
        StoredMedia other = upload(MediaFixtures.tinyPdf(), "otra.pdf", MediaPurpose.ATTACHMENT);
        String learner = People.uniqueUsername("lectora");
        People.create(accounts, learner, Role.LEARNER);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("lessonMedia", (MediaReadPolicy) id ->
                id.equals(shared.id()) && caller.username().orElseThrow().equals(learner));
        MediaAccess access = new MediaAccess(files, caller, beans.getBeanProvider(MediaReadPolicy.class));

        assertThat(As.user(learner, LEARNER, () -> access.canRead(shared.id()))).isTrue();
        assertThat(As.user(learner, LEARNER, () -> access.canRead(other.id()))).isFalse();
    }

    @Test
    void an_unknown_id_is_unreadable_for_people_and_absent_for_admins() {
        MediaId unknown = new MediaId(Long.MAX_VALUE);

        assertThatThrownBy(() -> As.user(trainer, TRAINER, () -> media.find(unknown)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.admin(() -> media.find(unknown))).isEmpty();
        assertThatThrownBy(() -> As.admin(() -> media.open(unknown))).isInstanceOf(MediaNotFoundException.class);
    }

    // --- Helpers ---------------------------------------------------------------------------------------------------

    /** The real service with a lower byte cap; the limit check is the same code, no new Spring context. */
    private MediaService smallCap(long maxBytes) {
        return As.user(trainer, TRAINER, () -> media.withLimits(limits.withMaxBytes(maxBytes)));
    }

    private StoredMedia upload(byte[] content, String name, MediaPurpose purpose) {
        return As.user(trainer, TRAINER, () -> media.store(new ByteArrayInputStream(content), name, purpose));
    }

    private byte[] storedBytes(StoredMedia stored) throws IOException {
        MediaDownload download = As.user(trainer, TRAINER, () -> media.open(stored.id()));
        try (InputStream in = download.content().open()) {
            return in.readAllBytes();
        }
    }

    private String sha256Of(StoredMedia stored) {
        return files.findById(stored.id().value()).map(MediaFile::getSha256).orElseThrow();
    }

    private long filesOnDisk() {
        return MediaStorageTestSupport.filesUnder(store.root());
    }

    private InvalidInputException refusedWithNothingStored(String messageKey, ThrowingCallable upload) {
        long rows = files.count();
        long onDisk = filesOnDisk();

        Throwable thrown = catchThrowable(upload);

        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException refusal = (InvalidInputException) thrown;
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
        assertThat(refusal.concerns("file")).isTrue();
        assertThat(files.count()).as("rows in media_file").isEqualTo(rows);
        assertThat(filesOnDisk()).as("files under the media directory").isEqualTo(onDisk);
        return refusal;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
