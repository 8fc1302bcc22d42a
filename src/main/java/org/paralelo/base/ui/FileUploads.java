package org.paralelo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.paralelo.base.InvalidInputException;

/**
 * The one upload button of the app (lesson images and attachments, course covers, shared resources): one file at a
 * time, its texts in the person's language. The browser's type hints are conveniences only; whoever receives the
 * bytes (the media service) decides from them and refuses with a message shown here. Once a file is handled the
 * list empties again, so the next file can be uploaded straight away. The callback runs with the page's session
 * held.
 */
public final class FileUploads {

    public static final List<String> IMAGES = List.of("image/png", "image/jpeg", "image/gif", "image/webp");
    public static final List<String> DOCUMENTS = List.of(".pdf", ".docx", ".pptx", ".xlsx", ".odt", ".odp", ".txt",
            ".png", ".jpg", ".jpeg", ".gif", ".webp");
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    /** Takes an uploaded file's bytes; throws {@link InvalidInputException} to refuse them. */
    @FunctionalInterface
    public interface Receiver {
        void receive(InputStream content, String fileName);
    }

    private FileUploads() {
    }

    public static Upload button(String label, List<String> accepted, Receiver receiver) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream content = Files.newInputStream(file.toPath())) {
                receiver.receive(content, metadata.fileName());
            } catch (InvalidInputException refused) {
                Notifications.error(refusal(refused));
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
        upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.setUploadButton(new Button(label));
        upload.addClassName("media-upload");
        return upload;
    }


    private static String refusal(InvalidInputException refused) {
        UI ui = UI.getCurrent();
        return ui == null ? refused.messageKey() : ui.getTranslation(refused.messageKey(), refused.arguments());
    }
}
