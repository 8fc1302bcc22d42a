package org.paralelo.media;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits uploads must respect: bytes per file, the longest side an image is kept at (larger ones are scaled
 * down) and the most pixels an image may declare before it is decoded (decompression bombs).
 */
record MediaLimits(long maxBytes, int imageMaxPx, long imageMaxPixels) {

    static final long MEBIBYTE = 1024L * 1024L;

    MediaLimits {
        if (maxBytes < 1 || imageMaxPx < 16 || imageMaxPixels < (long) imageMaxPx * imageMaxPx) {
            throw new IllegalArgumentException("Unusable media limits: " + maxBytes + " bytes, " + imageMaxPx
                    + " px, " + imageMaxPixels + " pixels");
        }
    }

    MediaLimits withMaxBytes(long bytes) {
        return new MediaLimits(bytes, imageMaxPx, imageMaxPixels);
    }

    /**
     * The limits for one purpose: avatars are capped lower and kept small (always re-encoded, like JPEGs, because
     * {@code imageMaxPx} is far below a camera's size).
     */
    MediaLimits forPurpose(MediaPurpose purpose) {
        if (purpose != MediaPurpose.AVATAR) {
            return this;
        }
        return new MediaLimits(Math.min(maxBytes, MediaPurpose.AVATAR_MAX_BYTES), MediaPurpose.AVATAR_PX,
                imageMaxPixels);
    }

    /** The byte cap as people read it: whole megabytes when it is a whole number, else one decimal. */
    Number maxMegabytes() {
        if (maxBytes % MEBIBYTE == 0) {
            return maxBytes / MEBIBYTE;
        }
        return Math.round(maxBytes * 10.0 / MEBIBYTE) / 10.0;
    }

    @Configuration(proxyBeanMethods = false)
    static class FromProperties {

        @Bean
        MediaLimits mediaLimits(@Value("${paralelo.media.max-bytes:52428800}") long maxBytes,
                                @Value("${paralelo.media.image-max-px:1600}") int imageMaxPx,
                                @Value("${paralelo.media.image-max-pixels:40000000}") long imageMaxPixels) {
            return new MediaLimits(maxBytes, imageMaxPx, imageMaxPixels);
        }
    }
}
