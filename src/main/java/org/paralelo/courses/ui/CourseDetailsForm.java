package org.paralelo.courses.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.TopicView;

/** Title, summary, language, hours and topics: shared by "new course" and the editor's details tab. */
class CourseDetailsForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final Select<Locale> language = new Select<>();
    private final IntegerField hours = new IntegerField();
    private final MultiSelectComboBox<TopicView> topics = new MultiSelectComboBox<>();
    private final List<TopicView> allTopics;
    private @Nullable Long coverMediaId;

    CourseDetailsForm(List<TopicView> allTopics) {
        this.allTopics = allTopics;
        title.setLabel(getTranslation("authoring.course-title"));
        title.setId("course-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        summary.setLabel(getTranslation("authoring.summary"));
        summary.setId("course-summary");
        summary.setMaxLength(2000);
        language.setLabel(getTranslation("authoring.language"));
        language.setId("course-language");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language-name." + l.getLanguage()));
        language.setValue(Languages.SPANISH);
        hours.setLabel(getTranslation("authoring.hours"));
        hours.setId("course-hours");
        hours.setMin(0);
        hours.setMax(1000);
        hours.setStepButtonsVisible(true);
        hours.setValue(10);
        topics.setLabel(getTranslation("authoring.topics"));
        topics.setId("course-topics");
        topics.setItems(allTopics);
        topics.setItemLabelGenerator(t -> t.name(getLocale()));
        add(title, language, hours, topics, summary);
        setColspan(summary, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    void setCoverMediaId(@Nullable Long coverMediaId) {
        this.coverMediaId = coverMediaId;
    }

    @Nullable Long coverMediaId() {
        return coverMediaId;
    }

    void registerFields(FieldErrors errors) {
        errors.field("title", title).field("summary", summary).field("language", language)
                .field("estimatedHours", hours).field("topics", topics);
    }

    CourseDetails value() {
        return new CourseDetails(title.getValue(), summary.getValue(),
                language.getValue() == null ? Languages.tag(getLocale()) : language.getValue().toLanguageTag(),
                hours.getValue() == null ? -1 : hours.getValue(),
                topics.getValue().stream().map(TopicView::code).collect(Collectors.toSet()), coverMediaId);
    }

    void show(CourseDetails details) {
        title.setValue(details.title());
        summary.setValue(details.summary());
        language.setValue(Languages.fromTag(details.languageTag()));
        hours.setValue(details.estimatedHours());
        Set<String> codes = details.topicCodes();
        topics.setValue(allTopics.stream().filter(t -> codes.contains(t.code())).collect(Collectors.toSet()));
        coverMediaId = details.coverMediaId();
    }
}
