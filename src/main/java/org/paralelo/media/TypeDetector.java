package org.paralelo.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * Tells a file's type from its bytes alone, with Apache Tika: magic numbers, plus container detectors that look
 * inside ZIP packages, so a DOCX is told from a plain ZIP. The file name is deliberately never given to Tika, or
 * a ZIP called "report.docx" would pass as a Word document.
 */
@Component
class TypeDetector {

    private final Detector detector = new DefaultDetector();

    /** The base type, lower-case and without parameters, e.g. {@code application/pdf}. */
    String detect(Path file) throws IOException {
        // A file-backed stream lets the container detectors open the ZIP's central directory instead of
        // spooling the whole upload into memory; the empty Metadata carries no name.
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString().toLowerCase(Locale.ROOT);
        }
    }
}
