package org.paralelo.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a download needs: the detected type, the exact size, the name to offer, a validator for caches and a way
 * to open the bytes. The caller closes each stream it opens.
 */
public record MediaDownload(MediaId id, String mediaType, long sizeBytes, String fileName, String sha256,
                            Content content) {

    /** Opens the stored bytes; may be called more than once (for example for range requests). */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** Images are shown in the page; everything else is offered as a download. */
    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
