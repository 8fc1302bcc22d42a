package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * GET /media/{id}/{name} through the real security filter chain and DispatcherServlet, next to Vaadin's own
 * mappings: the controller answers, not Vaadin, and it never tells "forbidden" from "does not exist".
 */
@ParaleloSpringTest
@Tag("persistence")
class MediaDownloadOverHttpTest {

    private static final String[] TRAINER = {"TRAINER"};

    @Autowired
    WebApplicationContext web;
    @Autowired
    MediaService media;
    @Autowired
    AccountService accounts;

    MockMvc mvc;
    String trainer;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        trainer = People.uniqueUsername("docente");
        People.create(accounts, trainer, Role.TRAINER);
    }

    @Test
    void the_uploader_downloads_a_pdf_as_an_attachment_with_its_utf8_name_and_safe_headers() throws Exception {
        byte[] pdf = MediaFixtures.samplePdf();
        StoredMedia stored = upload(pdf, "Guía de precios.pdf");

        MockHttpServletResponse response = fetch(get(URI.create(stored.downloadPath()))
                .with(user(trainer).roles("TRAINER")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        ContentDisposition disposition = ContentDisposition.parse(response.getHeader("Content-Disposition"));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Guía de precios.pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''Gu%C3%ADa%20de%20precios.pdf");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache, private");
        assertThat(response.getHeader("Pragma")).as("Pragma").isNull();
        assertThat(response.getHeader("Expires")).as("Expires").isNull();
        assertThat(response.getHeader("Content-Length")).isEqualTo(Integer.toString(pdf.length));
    }

    @Test
    void images_are_shown_inline() throws Exception {
        StoredMedia stored = upload(MediaFixtures.png(30, 20), "mapa.png");

        MockHttpServletResponse response = fetch(get(URI.create(stored.downloadPath()))
                .with(user(trainer).roles("TRAINER")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).isEqualTo("image/png");
        assertThat(ContentDisposition.parse(response.getHeader("Content-Disposition")).isInline()).isTrue();
    }

    @Test
    void a_learner_gets_404_for_someone_elses_file_exactly_as_for_a_file_that_does_not_exist() throws Exception {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "calificaciones.pdf");
        String learner = People.uniqueUsername("alumna");
        People.create(accounts, learner, Role.LEARNER);

        MockHttpServletResponse forbidden = fetch(get(URI.create(stored.downloadPath()))
                .with(user(learner).roles("LEARNER")));
        MockHttpServletResponse missing = fetch(get("/media/{id}/x.pdf", Long.MAX_VALUE)
                .with(user(learner).roles("LEARNER")));

        assertThat(forbidden.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(forbidden.getContentAsByteArray()).isEqualTo(missing.getContentAsByteArray()).isEmpty();
    }

    @Test
    void an_id_that_is_not_a_number_is_simply_not_found() throws Exception {
        assertThat(fetch(get("/media/abc/x.pdf").with(user(trainer).roles("TRAINER"))).getStatus())
                .isEqualTo(404);
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_page() throws Exception {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "interno.pdf");

        MockHttpServletResponse response = fetch(get(URI.create(stored.downloadPath())));

        assertThat(response.getStatus()).isIn(302, 401);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void an_admin_can_download_any_file() throws Exception {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "acta.pdf");

        assertThat(fetch(get(URI.create(stored.downloadPath())).with(user("admin").roles("ADMIN"))).getStatus())
                .isEqualTo(200);
    }

    @Test
    void a_cached_copy_is_revalidated_with_the_content_hash_and_not_sent_again() throws Exception {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "programa.pdf");
        MockHttpServletResponse first = fetch(get(URI.create(stored.downloadPath()))
                .with(user(trainer).roles("TRAINER")));

        MockHttpServletResponse again = fetch(get(URI.create(stored.downloadPath()))
                .header("If-None-Match", first.getHeader("ETag")).with(user(trainer).roles("TRAINER")));

        assertThat(first.getHeader("ETag")).hasSize(66);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void a_broken_download_can_resume_with_a_range_request() throws Exception {
        byte[] pdf = MediaFixtures.samplePdf();
        StoredMedia stored = upload(pdf, "reanudar.pdf");

        MockHttpServletResponse rest = fetch(get(URI.create(stored.downloadPath()))
                .header("Range", "bytes=1000-").with(user(trainer).roles("TRAINER")));

        assertThat(rest.getStatus()).isEqualTo(206);
        assertThat(rest.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 1000, pdf.length));
    }

    @Test
    void the_download_path_keeps_the_name_readable_and_safe_for_the_request_firewall() {
        assertThat(StoredMedia.downloadPath(new MediaId(7), "Guía de precios.pdf"))
                .isEqualTo("/media/7/Gu%C3%ADa%20de%20precios.pdf");
        assertThat(StoredMedia.downloadPath(new MediaId(7), "100% real; sí\\no.pdf"))
                .isEqualTo("/media/7/100_%20real_%20s%C3%AD_no.pdf");
    }

    @Test
    void a_name_with_characters_the_firewall_rejects_still_downloads() throws Exception {
        StoredMedia stored = upload(MediaFixtures.tinyPdf(), "100% real; versión #2.pdf");

        MockHttpServletResponse response = fetch(get(URI.create(stored.downloadPath()))
                .with(user(trainer).roles("TRAINER")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(ContentDisposition.parse(response.getHeader("Content-Disposition")).getFilename())
                .isEqualTo("100% real; versión #2.pdf");
    }

    private StoredMedia upload(byte[] content, String name) {
        return As.user(trainer, TRAINER, () -> media.store(new ByteArrayInputStream(content), name,
                MediaPurpose.ATTACHMENT));
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
