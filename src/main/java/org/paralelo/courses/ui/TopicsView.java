package org.paralelo.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;

/** Admins keep the topic taxonomy that courses are filed under, named in Spanish and English. */
@Route("admin/temas")
@Menu(order = 25, title = "menu.topics", icon = "vaadin:tags")
@RolesAllowed("ADMIN")
public class TopicsView extends Main implements TitledByHeading {

    private final TopicService topics;
    private final Grid<TopicView> grid = new Grid<>();

    TopicsView(TopicService topics) {
        this.topics = topics;
        addClassName("page");
        TextField spanish = new TextField(getTranslation("topics.name-es"));
        spanish.setId("topic-es");
        spanish.setMaxLength(120);
        TextField english = new TextField(getTranslation("topics.name-en"));
        english.setId("topic-en");
        english.setMaxLength(120);
        FieldErrors errors = new FieldErrors(this).field("nameEs", spanish).field("nameEn", english);
        Button add = new Button(getTranslation("topics.add"), click -> {
            try {
                topics.create(spanish.getValue(), english.getValue());
                spanish.clear();
                english.clear();
                errors.clear();
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add.setId("add-topic");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(spanish, english, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("toolbar");

        grid.setId("topics-grid");
        grid.addColumn(TopicView::nameEs).setHeader(getTranslation("topics.name-es"));
        grid.addColumn(TopicView::nameEn).setHeader(getTranslation("topics.name-en"));
        grid.addComponentColumn(topic -> {
            Button rename = new Button(getTranslation("regions.rename"), click -> rename(topic));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            rename.setAriaLabel(getTranslation("regions.rename") + " " + topic.nameEs());
            return rename;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();
        add(new H1(getTranslation("menu.topics")), new Paragraph(getTranslation("topics.intro")), form, grid);
    }

    private void rename(TopicView topic) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("regions.rename"));
        TextField spanish = new TextField(getTranslation("topics.name-es"), topic.nameEs(), "");
        TextField english = new TextField(getTranslation("topics.name-en"), topic.nameEn(), "");
        spanish.setWidthFull();
        english.setWidthFull();
        dialog.add(spanish, english);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.save"));
        dialog.addConfirmListener(event -> {
            Refusals.attempt(this, () -> topics.rename(topic.id(), spanish.getValue(), english.getValue(),
                    topic.version()));
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(topics.list());
    }
}
