package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.UploadTexts;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;

/**
 * The document of a resource: one file, checked by the media service from its bytes (type and size); a refusal is
 * shown to the member. The browser's type hints are a convenience only. As the course editors' uploads, the
 * handler's callback runs with the page's session held.
 */
final class ResourceUpload {

    private static final String[] TYPES = {".pdf", ".docx", ".pptx", ".xlsx", ".odt", ".odp", ".txt", ".png",
        ".jpg", ".jpeg", ".gif", ".webp"};

    private ResourceUpload() {
    }

    static Upload button(MediaService media, String label, Consumer<StoredMedia> onStored) {
        Upload upload = UploadTexts.apply(new Upload());
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream content = Files.newInputStream(file.toPath())) {
                onStored.accept(media.store(content, metadata.fileName(), MediaPurpose.CONTRIBUTION));
            } catch (InvalidInputException refused) {
                Notifications.error(upload.getTranslation(refused.messageKey(), refused.arguments()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file.delete();
                upload.clearFileList();
            }
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(TYPES);
        upload.setUploadButton(new Button(label));
        upload.addClassName("media-upload");
        return upload;
    }
}
