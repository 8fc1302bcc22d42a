package org.paralelo.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks uploaded images and scales large ones down for slow connections. Dimensions are read from the header
 * before anything is decoded, so an image that declares more pixels than allowed (a decompression bomb) is refused
 * without allocating memory for it. Images with a longer side than the limit are re-encoded at that size, turned
 * upright according to their EXIF orientation, and lose their metadata (camera, location) on the way: PNGs and
 * images with transparency as PNG, everything else as JPEG. An animated GIF that large keeps only its first frame.
 * Images within the limit are stored exactly as uploaded.
 */
@Component
class ImageProcessor {

    static final float JPEG_QUALITY = 0.82f;

    ImageProcessor() {
        // Registers the WebP and JPEG readers from the application's class path, also when ImageIO was first
        // touched from a thread with another context class loader.
        ImageIO.scanForPlugins();
    }

    /** The outcome: the file to store (the upload itself or a new, smaller one), its type and its size. */
    record Result(Path file, String mediaType, int width, int height, boolean reencoded) {
    }

    Result process(Path upload, String mediaType, MediaLimits limits, ContentStore store) throws IOException {
        return process(upload, mediaType, limits, store, false);
    }

    /** As above; {@code alwaysReencode} drops metadata and animation even from small images (avatars). */
    Result process(Path upload, String mediaType, MediaLimits limits, ContentStore store, boolean alwaysReencode)
            throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(upload.toFile())) {
            ImageReader reader = readerFor(mediaType, in);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw unreadable();
                }
                if ((long) width * height > limits.imageMaxPixels()) {
                    throw InvalidInputException.of("file", "error.media.too-many-pixels",
                            limits.imageMaxPixels() / 1_000_000);
                }
                int orientation = MediaTypes.JPEG.equals(mediaType) ? exifOrientation(upload) : 1;
                boolean turned = orientation >= 5;
                int longest = limits.imageMaxPx();
                // Small PNG, GIF and WebP files are kept as they are. JPEGs are always re-encoded: phone photos carry
                // EXIF metadata such as the GPS position of someone's home, which must not be published.
                if (!alwaysReencode && Math.max(width, height) <= longest && !MediaTypes.JPEG.equals(mediaType)) {
                    // Decoding proves the file is a whole image.
                    decode(reader, null);
                    return new Result(upload, mediaType, turned ? height : width, turned ? width : height, false);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Decode large images at reduced resolution (still at least twice the target) to bound memory.
                int subsampling = Math.max(1, Math.max(width, height) / (2 * longest));
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                BufferedImage decoded = decode(reader, param);
                boolean png = MediaTypes.PNG.equals(mediaType) || decoded.getColorModel().hasAlpha();
                double scale = Math.min(1.0, (double) longest / Math.max(width, height));
                int targetWidth = Math.max(1, (int) Math.round(width * scale));
                int targetHeight = Math.max(1, (int) Math.round(height * scale));
                BufferedImage scaled = upright(scale(decoded, targetWidth, targetHeight, png), orientation);
                Path output = store.newIncomingFile();
                try {
                    write(scaled, png, output);
                } catch (IOException | RuntimeException e) {
                    store.discard(output);
                    throw e;
                }
                return new Result(output, png ? MediaTypes.PNG : MediaTypes.JPEG, scaled.getWidth(),
                        scaled.getHeight(), true);
            } finally {
                reader.dispose();
            }
        } catch (InvalidInputException | IllegalStateException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    private static ImageReader readerFor(String mediaType, @Nullable ImageInputStream in) {
        if (in == null) {
            throw unreadable();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + mediaType + "; is imageio-webp missing?");
        }
        return readers.next();
    }

    private static BufferedImage decode(ImageReader reader, @Nullable ImageReadParam param) {
        try {
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw unreadable();
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    /** Halves with bilinear filtering until the target is reached: close to area averaging, much faster. */
    static BufferedImage scale(BufferedImage source, int targetWidth, int targetHeight, boolean keepAlpha) {
        int type = keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int width = source.getWidth();
        int height = source.getHeight();
        do {
            width = Math.max(targetWidth, width / 2);
            height = Math.max(targetHeight, height / 2);
            BufferedImage next = new BufferedImage(width, height, type);
            Graphics2D g = next.createGraphics();
            try {
                if (!keepAlpha) {
                    // Transparent areas become white rather than black in a JPEG.
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, width, height);
                }
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    /** Applies an EXIF orientation (1 to 8) so the pixels themselves are upright. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (transform == null) {
            return image;
        }
        boolean turned = orientation >= 5;
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        Graphics2D g = result.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** The EXIF orientation of a JPEG, 1 (upright) when absent or unreadable. */
    static int exifOrientation(Path jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            byte[] data = exif.getFirst().data().readAllBytes();
            // The segment data may still start with the identifier's padding byte before the TIFF header.
            int start = data.length > 0 && data[0] == 0 ? 1 : 0;
            try (ImageInputStream tiff = ImageIO.createImageInputStream(
                    new ByteArrayInputStream(data, start, data.length - start))) {
                Directory directory = new TIFFReader().read(tiff);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number value
                        && value.intValue() >= 1 && value.intValue() <= 8) {
                    return value.intValue();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Unreadable metadata: treat the image as upright.
        }
        return 1;
    }

    private static void write(BufferedImage image, boolean png, Path output) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(output.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static InvalidInputException unreadable() {
        return InvalidInputException.of("file", "error.media.unreadable-image");
    }
}
