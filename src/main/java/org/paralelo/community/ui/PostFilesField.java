package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.paralelo.base.ui.FileUploads;
import org.paralelo.community.PostFile;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;

/**
 * The file part of a post form: "add image" stores a picture through media and puts it into the text as Markdown
 * ({@code ![name](/media/…)}) where the post shows it; "attach file" stores a document listed under the post, with
 * a button to take it off again. Media checks the bytes and refuses with a message shown by the upload.
 */
class PostFilesField extends Div {

    private final List<PostFile> attachments = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final String prefix;
    private final MediaService media;
    private final TextArea body;

    PostFilesField(MediaService media, TextArea body, String prefix, List<PostFile> existing) {
        this.prefix = prefix;
        addClassName("post-files");
        setId(prefix + "-files");
        list.addClassName("post-attachments");
        list.setId(prefix + "-attachments");
        existing.stream().filter(f -> !f.image()).forEach(attachments::add);
        this.media = media;
        this.body = body;
        var image = FileUploads.button(getTranslation("community.files.add-image"), FileUploads.IMAGES,
                this::receiveImage);
        image.setId(prefix + "-image-upload");
        var file = FileUploads.button(getTranslation("community.files.attach"), FileUploads.DOCUMENTS,
                this::receiveAttachment);
        file.setId(prefix + "-file-upload");
        Div uploads = new Div(image, file);
        uploads.addClassName("post-file-uploads");
        add(uploads, list);
        renderList();
    }

    /** Stores a picture and shows it in the text where the post will show it. */
    void receiveImage(InputStream content, String name) {
        StoredMedia stored = media.store(content, name, MediaPurpose.POST_IMAGE);
        String before = body.getValue().strip();
        body.setValue((before.isEmpty() ? "" : before + "\n\n") + "![" + description(stored.originalName()) + "]("
                + stored.downloadPath() + ")\n");
    }

    /** Stores a document and lists it under the form. */
    void receiveAttachment(InputStream content, String name) {
        StoredMedia stored = media.store(content, name, MediaPurpose.CONTRIBUTION);
        attachments.add(new PostFile(stored.id(), false, stored.originalName(), stored.sizeBytes(),
                stored.downloadPath()));
        renderList();
    }

    List<MediaId> attachments() {
        return attachments.stream().map(PostFile::media).toList();
    }

    private void renderList() {
        list.removeAll();
        for (PostFile file : attachments) {
            Button remove = new Button(getTranslation("community.files.remove"), click -> {
                attachments.remove(file);
                renderList();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("community.files.remove-named", file.name()));
            remove.setId(prefix + "-remove-" + file.media().value());
            list.add(new ListItem(new Span(PostFileList.label(this, file)), remove));
        }
        list.setVisible(!attachments.isEmpty());
    }

    /** A file name as an image description: no Markdown brackets, no extension. */
    static String description(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.replaceAll("[\\[\\]()\\\\*_`<>!]", " ").replaceAll("\\s+", " ").strip();
    }
}
