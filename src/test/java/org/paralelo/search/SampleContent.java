package org.paralelo.search;

import java.util.HashMap;
import java.util.Map;
import org.paralelo.base.SystemTask;
import org.paralelo.courses.CourseImportService;
import org.paralelo.interchange.SampleLibrary;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.support.As;

/**
 * Loads the whole sample library, published, through the same package import as the first start (attachments
 * stored and linked), then waits until the index and the attachment texts have caught up. {@link #UPLOADS} names
 * each attachment by its file name.
 */
final class SampleContent {

    private static volatile boolean loaded;
    static final Map<String, StoredMedia> UPLOADS = new HashMap<>();

    private SampleContent() {
    }

    static synchronized void load(SampleLibrary library, CourseImportService imports, MediaService media,
                                  IndexAdminService admin, ChangeFollower indexer, AttachmentTextStore attachments) {
        if (loaded) {
            return;
        }
        library.load(SampleLibrary.ALL);
        indexer.awaitIdle();
        attachments.awaitIdle();
        indexer.awaitIdle();
        for (String code : SampleLibrary.ALL) {
            SystemTask.call(() -> imports.findByCode(code)).ifPresent(course ->
                    As.admin(() -> admin.attachments(course)).forEach(status -> UPLOADS.put(status.fileName(),
                            As.admin(() -> media.find(new MediaId(status.mediaId()))).orElseThrow())));
        }
        loaded = true;
    }
}
