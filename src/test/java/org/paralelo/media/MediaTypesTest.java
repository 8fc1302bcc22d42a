package org.paralelo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The allow-lists and the words used to explain a refusal. */
class MediaTypesTest {

    @Test
    void images_accept_only_png_jpeg_gif_and_webp() {
        assertThat(MediaTypes.formatList(MediaPurpose.IMAGE)).isEqualTo("PNG, JPEG, GIF, WebP");
        assertThat(MediaTypes.allowed(MediaPurpose.IMAGE, "image/svg+xml")).isFalse();
        assertThat(MediaTypes.allowed(MediaPurpose.IMAGE, MediaTypes.PDF)).isFalse();
    }

    @Test
    void attachments_accept_documents_text_and_the_image_formats() {
        assertThat(MediaTypes.formatList(MediaPurpose.ATTACHMENT))
                .isEqualTo("PDF, DOCX, PPTX, XLSX, ODT, ODP, TXT, PNG, JPEG, GIF, WebP");
        assertThat(MediaTypes.allowed(MediaPurpose.ATTACHMENT, "image/svg+xml")).isFalse();
        assertThat(MediaTypes.allowed(MediaPurpose.ATTACHMENT, "text/html")).isFalse();
        assertThat(MediaTypes.allowed(MediaPurpose.ATTACHMENT, "application/msword")).isFalse();
    }

    @Test
    void the_extension_claims_a_type_regardless_of_case() {
        assertThat(MediaTypes.claimedBy("Informe.PDF")).contains(MediaTypes.PDF);
        assertThat(MediaTypes.claimedBy("foto.jpeg")).contains(MediaTypes.JPEG);
        assertThat(MediaTypes.claimedBy("programa.exe")).isEmpty();
        assertThat(MediaTypes.claimedBy("sin-extension")).isEmpty();
    }

    @Test
    void every_kind_of_refused_content_has_words_in_both_languages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (MediaTypes.Kind kind : MediaTypes.Kind.values()) {
            for (Locale locale : new Locale[] {Languages.SPANISH, Locale.ENGLISH}) {
                assertThat(messages.getMessage(kind.label(), locale)).as(kind + " in " + locale).isNotBlank();
            }
        }
        Object[] zip = {MediaTypes.kindOf("application/zip").label()};
        assertThat(messages.getMessage("error.media.type-mismatch", zip, Languages.SPANISH))
                .contains("su contenido es un archivo comprimido (como ZIP)");
        assertThat(messages.getMessage("error.media.type-mismatch", zip, Locale.ENGLISH))
                .contains("its content is a compressed archive (such as ZIP)");
    }

    @Test
    void the_size_cap_reads_in_whole_megabytes() {
        assertThat(new MediaLimits(52_428_800, 1600, 40_000_000).maxMegabytes()).isEqualTo(50L);
        assertThat(new MediaLimits(1_572_864, 1600, 40_000_000).maxMegabytes()).isEqualTo(1.5);
    }
}
