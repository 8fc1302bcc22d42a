package org.paralelo.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.paralelo.media.MediaDownload;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaNotFoundException;
import org.paralelo.media.MediaService;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /media/{id}/{name}}: the stored bytes, for a signed-in person who may read them. Anything else is a
 * plain 404, whether the file does not exist or belongs to someone else, so ids cannot be probed. The name in the
 * address is decoration; the download name comes from the stored, cleaned-up original name. Images are shown
 * inline, everything else is a download; browsers may not second-guess the type, and may cache privately (a
 * file's bytes never change under its id), revalidating with the content hash as ETag. Range requests work, so a
 * broken download over a slow connection can resume.
 */
@RestController
class MediaDownloadController {

    /**
     * Browsers keep a private copy but ask again every time (a 304 via the ETag costs a few bytes), so access is
     * re-checked on each view and a shared computer never shows one person's files to the next.
     */
    static final CacheControl CACHING = CacheControl.noCache().cachePrivate();

    private final MediaService media;

    MediaDownloadController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/media/{id}/{name}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String name) {
        MediaDownload download;
        try {
            download = media.open(new MediaId(Long.parseLong(id)));
        } catch (NumberFormatException | AccessDeniedException | MediaNotFoundException notReadable) {
            return ResponseEntity.notFound().build();
        }
        ContentDisposition disposition = (download.isImage() ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(download.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .contentLength(download.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CACHING)
                .eTag(download.sha256())
                .body(new StoredBytes(download));
    }

    /** The stored bytes as a resource with a known length, so Spring can answer range requests. */
    private static final class StoredBytes extends AbstractResource {

        private final MediaDownload download;

        StoredBytes(MediaDownload download) {
            this.download = download;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return download.content().open();
        }

        @Override
        public long contentLength() {
            return download.sizeBytes();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public @Nullable String getFilename() {
            return null;
        }

        @Override
        public String getDescription() {
            return "media file " + download.id().value();
        }
    }
}
