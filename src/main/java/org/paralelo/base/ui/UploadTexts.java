package org.paralelo.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload component's own texts (drop zone, progress, refusals, file buttons) in the person's language: without
 * them Vaadin shows English ("Drop file here") on every Spanish page. Every {@link Upload} of the app goes through
 * {@link #apply}.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Sets the texts from the message bundles ({@code upload.*}) in the upload's locale; returns the upload. */
    public static Upload apply(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-one"))
                        .setMany(upload.getTranslation("upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-one"))
                        .setMany(upload.getTranslation("upload.add-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.too-many-files"))
                        .setFileIsTooBig(upload.getTranslation("upload.file-too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.incorrect-file-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining-prefix") + " ")
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.unexpected-server-error"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("upload.file-too-large"))))
                .setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove"))));
        return upload;
    }
}
