package org.paralelo.courses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.UploadTexts;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;

/**
 * Upload buttons for lesson images, attachments and course covers. The browser's type hints are conveniences
 * only; the media service decides from the bytes and refuses with a message the trainer sees here. Once a file is
 * handled the button's list empties again, so the next file can be uploaded straight away (one at a time).
 */
final class MediaUploads {

    static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp");
    static final List<String> ATTACHMENT_TYPES = List.of(".pdf", ".docx", ".pptx", ".xlsx", ".odt", ".odp", ".txt",
            ".png", ".jpg", ".jpeg", ".gif", ".webp");
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private MediaUploads() {
    }

    static Upload button(MediaService media, MediaPurpose purpose, String label, Consumer<StoredMedia> onStored) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream content = Files.newInputStream(file.toPath())) {
                onStored.accept(media.store(content, metadata.fileName(), purpose));
            } catch (InvalidInputException refused) {
                Notifications.error(upload(refused));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file.delete();
                upload.clearFileList();
            }
        }));
        UploadTexts.apply(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes((purpose == MediaPurpose.IMAGE ? IMAGE_TYPES : ATTACHMENT_TYPES)
                .toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.setUploadButton(new Button(label));
        upload.addClassName("media-upload");
        return upload;
    }

    private static String upload(InvalidInputException refused) {
        UI ui = UI.getCurrent();
        return ui == null ? refused.messageKey() : ui.getTranslation(refused.messageKey(), refused.arguments());
    }
}
