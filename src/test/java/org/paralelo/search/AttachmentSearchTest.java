package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseImportService;
import org.paralelo.interchange.SampleLibrary;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.search.domain.Extraction;
import org.paralelo.search.domain.ExtractionRepository;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Text inside the sample library's PDF and DOCX attachments is found, with the PDF page and a link to the file. */
@ParaleloSpringTest
class AttachmentSearchTest {

    @Autowired
    SearchService search;
    @Autowired
    CourseImportService imports;
    @Autowired
    SampleLibrary library;
    @Autowired
    MediaService media;
    @Autowired
    AccountService accounts;
    @Autowired
    ChangeFollower indexer;
    @Autowired
    AttachmentTextStore attachments;
    @Autowired
    ExtractionRepository extractions;
    @Autowired
    IndexAdminService admin;

    String learner;

    @BeforeEach
    void library() {
        SampleContent.load(library, imports, media, admin, indexer, attachments);
        learner = People.uniqueUsername("adjuntos");
        People.create(accounts, learner, Role.LEARNER);
    }

    @Test
    void a_word_from_a_pdf_page_finds_that_page_with_a_link_that_opens_the_file_there() {
        StoredMedia pdf = SampleContent.UPLOADS.get("lista-permisos-eventos.pdf");
        Extraction extraction = extractions.findById(pdf.id().value()).orElseThrow();
        assertThat(extraction.getStatus()).isEqualTo(Extraction.Status.DONE);
        List<String> pages = extraction.pageTexts();
        assertThat(pages).isNotEmpty();
        int pageIndex = pages.size() - 1;
        String word = longestWord(pages.get(pageIndex));

        SearchResults results = As.user(learner, new String[] {"LEARNER"}, () -> search.search(
                new SearchRequest(word, null, null, ContentType.ATTACHMENT, null, 0, null)));

        Optional<SearchHit> hit = results.hits().stream().filter(h -> h.title().equals("lista-permisos-eventos.pdf"))
                .findFirst();
        assertThat(hit).as("searching %s", word).isPresent();
        assertThat(hit.get().page()).isEqualTo(pageIndex + 1);
        assertThat(hit.get().filePath()).isEqualTo("/media/" + pdf.id().value()
                + "/lista-permisos-eventos.pdf#page=" + (pageIndex + 1));
        assertThat(hit.get().breadcrumb()).hasSize(3);
        assertThat(hit.get().snippets()).anySatisfy(s -> assertThat(s).contains("<mark>"));
    }

    @Test
    void docx_text_is_found_and_trainers_see_how_extraction_went() {
        StoredMedia docx = SampleContent.UPLOADS.get("hoja-de-costos-y-precios.docx");
        Extraction extraction = extractions.findById(docx.id().value()).orElseThrow();
        assertThat(extraction.getStatus()).isEqualTo(Extraction.Status.DONE);
        String word = longestWord(extraction.pageTexts().getFirst());
        SearchResults results = As.user(learner, new String[] {"LEARNER"}, () -> search.search(
                new SearchRequest(word, null, null, ContentType.ATTACHMENT, null, 0, null)));
        assertThat(results.hits()).extracting(SearchHit::title).contains("hoja-de-costos-y-precios.docx");
        assertThat(results.hits()).filteredOn(h -> h.title().equals("hoja-de-costos-y-precios.docx"))
                .allSatisfy(h -> assertThat(h.page()).as("a DOCX has no pages").isNull());
        org.paralelo.courses.CourseId course = new org.paralelo.courses.CourseId(results.hits().stream()
                .filter(h -> h.title().equals("hoja-de-costos-y-precios.docx")).findFirst().orElseThrow().courseId());
        assertThat(As.admin(() -> admin.attachments(course))).anySatisfy(status -> {
            assertThat(status.fileName()).isEqualTo("hoja-de-costos-y-precios.docx");
            assertThat(status.status()).isEqualTo("DONE");
            assertThat(status.characters()).isPositive();
        });
        String stranger = People.uniqueUsername("ajena");
        People.create(accounts, stranger, Role.TRAINER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> As.user(stranger, new String[] {"TRAINER"},
                () -> admin.attachments(course))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_corrupt_pdf_fails_alone_without_stalling_anything() {
        TextExtraction.Result result = TextExtraction.extract(
                () -> new java.io.ByteArrayInputStream("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes()),
                10_000, 5_000);
        assertThat(result.status()).isIn(Extraction.Status.FAILED, Extraction.Status.DONE);
        TextExtraction.Result slow = TextExtraction.extract(() -> new java.io.InputStream() {
            @Override
            public int read() {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        }, 10_000, 300);
        assertThat(slow.status()).isEqualTo(Extraction.Status.TIMED_OUT);
        TextExtraction.Result huge = TextExtraction.extract(
                () -> new java.io.ByteArrayInputStream("palabra ".repeat(100_000).getBytes()), 1_000, 5_000);
        assertThat(huge.status()).isEqualTo(Extraction.Status.TRUNCATED);
        assertThat(huge.pages().getFirst().length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void a_parser_that_times_out_is_stopped_at_its_next_callback_and_its_thread_ends() throws Exception {
        int before = TextExtraction.abandoned();
        TextExtraction.Result endless = TextExtraction.extract(() -> new java.io.InputStream() {
            private long served;

            @Override
            public int read() {
                if (++served % 512 == 0) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        // a parser thread ignores interrupts; so does this stream
                    }
                }
                return served % 8 == 0 ? ' ' : 'a';
            }
        }, 50_000_000, 500);

        assertThat(endless.status()).isEqualTo(Extraction.Status.TIMED_OUT);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (TextExtraction.abandoned() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(TextExtraction.abandoned()).as("parser threads still running after a timeout").isEqualTo(before);
    }

    private static String longestWord(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
    }
}
