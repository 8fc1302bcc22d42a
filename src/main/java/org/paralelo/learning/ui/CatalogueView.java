package org.paralelo.learning.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.paralelo.base.Languages;
import org.paralelo.base.ui.FoldingFilters;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;

/** Every published course, filtered by topic and language; each card leads to the course page to enrol. */
@Route("cursos")
@Menu(order = 1.5, title = "menu.catalogue", icon = "vaadin:book")
@PermitAll
public class CatalogueView extends Main implements TitledByHeading {

    private final List<CourseCard> courses;
    private final ComboBox<TopicView> topic = new ComboBox<>();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final Div cards = new Div();
    private final H2 count = new H2();

    CatalogueView(CatalogueService catalogue, TopicService topics) {
        addClassName("page");
        courses = catalogue.publishedCourses();
        boolean english = getLocale() != null && "en".equals(getLocale().getLanguage());
        topic.setLabel(getTranslation("learning.catalogue.topic"));
        topic.setItems(topics.list());
        topic.setItemLabelGenerator(t -> english ? t.nameEn() : t.nameEs());
        topic.setClearButtonVisible(true);
        topic.setId("catalogue-topic");
        language.setLabel(getTranslation("learning.catalogue.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language-name." + l.getLanguage()));
        language.setClearButtonVisible(true);
        language.setId("catalogue-language");
        topic.addValueChangeListener(e -> show());
        language.addValueChangeListener(e -> show());
        FoldingFilters filters = new FoldingFilters("catalogue-filters", topic, language);
        cards.addClassName("course-cards");
        cards.setId("catalogue-cards");
        // The count is the cards' heading: it says what the filters left and keeps headings in order (h1, h2, h3).
        count.setId("catalogue-count");
        count.addClassName("results-count");
        add(new H1(getTranslation("menu.catalogue")), filters, count, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        List<CourseCard> shown = courses.stream()
                .filter(c -> topic.getValue() == null || c.topicCodes().contains(topic.getValue().code()))
                .filter(c -> language.getValue() == null
                        || c.language().getLanguage().equals(language.getValue().getLanguage()))
                .toList();
        count.setText(getTranslation("learning.catalogue.count", shown.size()));
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.catalogue.none"));
            none.setId("catalogue-empty");
            cards.add(none);
        }
        shown.forEach(course -> cards.add(new CourseTile(course)));
    }
}
