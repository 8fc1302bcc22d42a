package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.paralelo.base.ui.FileUploads;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.programme.SessionId;
import org.paralelo.programme.SessionMaterialService;
import org.paralelo.programme.SessionMaterialView;

/** A session's materials: the links on its card, and the editor in its edit dialog. */
final class SessionMaterials {

    private SessionMaterials() {
    }

    /** The links people open (lessons) or download (files); nothing at all when the session has none. */
    static Div links(Component host, SessionId session, List<SessionMaterialView> materials) {
        Div box = new Div();
        box.setId("materials-" + session.value());
        box.addClassName("session-materials");
        if (materials.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        UnorderedList list = new UnorderedList();
        materials.forEach(m -> list.add(new ListItem(anchor(host, m))));
        box.add(new H4(host.getTranslation("programme.materials.title")), list);
        return box;
    }

    /** Add a lesson of the run's course or upload a file; remove any; the list redraws after each change. */
    static Div editor(Component host, SessionMaterialService service, SessionId session) {
        Div editor = new Div();
        editor.setId("materials-editor");
        editor.addClassName("session-materials");
        redraw(host, service, session, editor);
        return editor;
    }

    private static void redraw(Component host, SessionMaterialService service, SessionId session, Div editor) {
        editor.removeAll();
        editor.add(new H4(host.getTranslation("programme.materials.title")));
        List<SessionMaterialView> current = service.materials(session);
        if (current.isEmpty()) {
            editor.add(new Paragraph(host.getTranslation("programme.materials.empty")));
        }
        UnorderedList list = new UnorderedList();
        current.forEach(m -> {
            Button remove = new Button(host.getTranslation("programme.materials.remove"), click -> {
                if (Refusals.attempt(host, () -> service.remove(session, m.id()))) {
                    redraw(host, service, session, editor);
                }
            });
            remove.setId("remove-material-" + m.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label",
                    host.getTranslation("programme.materials.remove-named", m.title()));
            list.add(new ListItem(anchor(host, m), remove));
        });
        editor.add(list);
        List<PublishedCourse.Item> lessons = service.lessonsToAdd(session);
        if (!lessons.isEmpty()) {
            ComboBox<PublishedCourse.Item> lesson = new ComboBox<>(host.getTranslation("programme.materials.lesson"));
            lesson.setId("material-lesson");
            lesson.setItems(lessons);
            lesson.setItemLabelGenerator(PublishedCourse.Item::title);
            Button add = new Button(host.getTranslation("programme.materials.add-lesson"), click -> {
                if (lesson.getValue() == null) {
                    Notifications.error(host.getTranslation("programme.materials.choose-lesson"));
                } else if (Refusals.attempt(host, () -> service.addLesson(session, lesson.getValue().key()))) {
                    redraw(host, service, session, editor);
                }
            });
            add.setId("add-material-lesson");
            HorizontalLayout row = new HorizontalLayout(lesson, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            editor.add(row);
        }
        editor.add(FileUploads.button(host.getTranslation("programme.materials.upload"), FileUploads.DOCUMENTS,
                (content, name) -> {
                    if (Refusals.attempt(host, () -> service.addFile(session, content, name))) {
                        redraw(host, service, session, editor);
                    }
                }));
    }

    private static Anchor anchor(Component host, SessionMaterialView material) {
        Anchor link = new Anchor(material.link(), material.title());
        link.setId("material-" + material.id());
        link.getElement().setAttribute("title", host.getTranslation(material.lesson()
                ? "programme.materials.kind-lesson" : "programme.materials.kind-file"));
        if (!material.lesson()) {
            link.getElement().setAttribute("download", "");
        }
        return link;
    }
}
