package org.paralelo.media;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * An upload as other modules see it. {@code mediaType} was detected from the bytes; {@code originalName} is the
 * cleaned-up name the uploader gave, for display and download only. Width and height are set for images.
 */
public record StoredMedia(MediaId id, String mediaType, long sizeBytes, String originalName,
                          @Nullable Integer width, @Nullable Integer height) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /**
     * Where the file is downloaded, e.g. {@code /media/12/Gu%C3%ADa_de_precios.pdf}. The name in the address is
     * decoration (the download's name comes from the Content-Disposition header), so characters that request
     * firewalls reject when encoded ({@code % ; \ /}) are replaced.
     */
    public String downloadPath() {
        return downloadPath(id, originalName);
    }

    /** Where a file with this id and name is downloaded. */
    public static String downloadPath(MediaId id, String name) {
        String slug = name.replaceAll("[%;\\\\/?#]", "_");
        // Parentheses are legal in a path but end a Markdown link's destination: posts and lessons embed this path.
        return "/media/" + id.value() + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                .replace("(", "%28").replace(")", "%29");
    }
}
