package org.paralelo.base;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes drawn as vectors, so they stay sharp and need no image encoder: as an XHTML table for PDFs, or as an SVG
 * (a {@code data:} address for an image on screen). Error correction M, two modules of quiet zone.
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
    }

    /** The QR code as an XHTML table of black and white cells; style {@code td.on} and the cell size in CSS. */
    public static String table(String content) {
        BitMatrix matrix = matrix(content);
        StringBuilder html = new StringBuilder("<table class=\"qr\">");
        for (int y = 0; y < matrix.getHeight(); y++) {
            html.append("<tr>");
            for (int x = 0; x < matrix.getWidth(); x++) {
                html.append(matrix.get(x, y) ? "<td class=\"on\"></td>" : "<td></td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    /** The QR code as a small SVG document: one path of unit squares on white. */
    public static String svg(String content) {
        BitMatrix matrix = matrix(content);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The SVG as a {@code data:} address, for an image's source. */
    public static String svgDataUrl(String content) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(content).getBytes(StandardCharsets.UTF_8));
    }
}
