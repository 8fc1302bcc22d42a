package org.paralelo.base;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders XHTML to PDF with openhtmltopdf, text set in DejaVu Sans embedded as a subset (CSS family
 * {@value #FAMILY}): the PDF's built-in fonts cover only Western European letters, and people's names may carry
 * ẽ, ũ or ɨ (Otomí, Mixtec and other orthographies of Mexico). Escape every text with jsoup's
 * {@code Entities.escape} before putting it in the page.
 */
public final class PdfDocuments {

    public static final String FAMILY = "Paralelo Sans";

    private static final List<Face> FACES = List.of(new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC));

    private record Face(String file, int weight, FontStyle style) {
    }

    /** The font files, read from the classpath once. */
    private static final Map<Face, byte[]> FONTS = FACES.stream().collect(Collectors.toUnmodifiableMap(f -> f,
            PdfDocuments::read));

    private PdfDocuments() {
    }

    private static byte[] read(Face face) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + face.file())) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + face.file());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : FACES) {
                byte[] font = FONTS.get(face);
                builder.useFont(() -> new ByteArrayInputStream(font), FAMILY, face.weight(), face.style(), true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
