package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.paralelo.community.PostFile;

/** The attachments listed under a post: name (a download link), and size in the reader's number format. */
final class PostFileList {

    private PostFileList() {
    }

    static UnorderedList of(Component context, List<PostFile> files, String id) {
        UnorderedList list = new UnorderedList();
        list.addClassName("post-attachments");
        list.setId(id);
        list.getElement().setAttribute("aria-label", context.getTranslation("community.files.list"));
        for (PostFile file : files) {
            Anchor link = new Anchor(file.downloadPath(), file.name());
            link.getElement().setAttribute("download", "");
            link.getElement().setAttribute("router-ignore", "");
            link.addClassName("post-attachment-link");
            list.add(new ListItem(link, new Span(" (" + size(context, file.sizeBytes()) + ")")));
        }
        return list;
    }

    /** "name (1.2 MB)": for forms. */
    static String label(Component context, PostFile file) {
        return file.name() + " (" + size(context, file.sizeBytes()) + ")";
    }

    static String size(Component context, long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(
                UI.getCurrent() == null ? Locale.ROOT : UI.getCurrent().getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return context.getTranslation("community.files.kb", number.format(Math.max(1, Math.round(bytes / 1024.0))));
        }
        return context.getTranslation("community.files.mb", number.format(bytes / (1024.0 * 1024.0)));
    }
}
