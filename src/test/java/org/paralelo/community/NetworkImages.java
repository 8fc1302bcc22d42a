package org.paralelo.community;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Files for the Network's media tests, made in memory: real images, an EXIF-carrying photo, and impostors. */
public final class NetworkImages {

    public static final String SVG_WITH_SCRIPT = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";
    public static final String SCRIPT = "<script>alert(document.cookie)</script>";

    private NetworkImages() {
    }

    public static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    /**
     * A JPEG with an EXIF block naming a camera and carrying a GPS-like marker, as phone photos do: the marker text
     * ({@code PARALELO-GPS}) must not survive the upload.
     */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] jpeg = image(width, height, "jpeg");
        byte[] tiff = "Exif\0\0MM\0*\0\0\0\bPARALELO-GPS 19.43N 99.13W".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = tiff.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Another valid PDF: the same one with a comment after its end, so its bytes (and hash) differ. */
    public static byte[] pdfNoting(String note) {
        return (new String(pdf(), StandardCharsets.US_ASCII) + "% " + note + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows program (a DOS "MZ" header pointing at a "PE" header): what a renamed .exe holds. */
    public static byte[] windowsProgram() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = 0x40;
        program[0x40] = 'P';
        program[0x41] = 'E';
        return program;
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    public static InputStream text(String text) {
        return stream(text.getBytes(StandardCharsets.UTF_8));
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6f4f));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
