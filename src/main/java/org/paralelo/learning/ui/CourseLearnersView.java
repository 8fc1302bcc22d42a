package org.paralelo.learning.ui;

import org.paralelo.base.ProgrammeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.CompletionMode;
import org.paralelo.learning.CourseQuiz;
import org.paralelo.learning.EnrolmentRules;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.learning.LearnerGroup;
import org.paralelo.learning.LearnerReportService;
import org.paralelo.learning.LearnerRow;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonRef;
import org.paralelo.people.Position;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;

/**
 * A course's learners for its trainers and admins: enrolment settings, enrolling one person or a whole group by
 * filter, and the table of learners with progress, last activity and quiz results, filterable and exported as CSV.
 */
@Route("cursos/:courseId/participantes")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CourseLearnersView extends Main implements TitledByHeading, BeforeEnterObserver {

    private static final ZoneId ZONE = ProgrammeZone.ZONE;

    private final CatalogueService catalogue;
    private final EnrolmentService enrolment;
    private final LearnerReportService report;
    private final RegionService regions;
    private final Grid<LearnerRow> grid = new Grid<>();
    private ComboBox<RegionView> region = new ComboBox<>();
    private ComboBox<MexicanState> state = new ComboBox<>();
    private TextField municipality = new TextField();
    private ComboBox<LearnerGroup> run = new ComboBox<>();

    CourseLearnersView(CatalogueService catalogue, EnrolmentService enrolment, LearnerReportService report,
                       RegionService regions) {
        this.catalogue = catalogue;
        this.enrolment = enrolment;
        this.report = report;
        this.regions = regions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId id = new CourseId(RouteIds.id(event, "courseId"));
        if (!enrolment.canManage(id)) {
            throw new NotFoundException();
        }
        PublishedCourse published = catalogue.preview(id).orElseThrow(NotFoundException::new);
        removeAll();
        add(new Anchor(AuthoringPaths.courseEditor(id), "← " + getTranslation("authoring.back-to-course")),
                new H1(getTranslation("learning.learners.title", published.title())),
                settings(id), enrolSection(id), table(id));
    }

    private Section settings(CourseId id) {
        EnrolmentRules rules = enrolment.rules(id);
        Checkbox self = new Checkbox(getTranslation("learning.settings.self-enrolment"), rules.selfEnrolment());
        self.setId("self-enrolment");
        DateTimePicker opens = new DateTimePicker(getTranslation("learning.settings.opens-at"));
        opens.setId("opens-at");
        DateTimePicker closes = new DateTimePicker(getTranslation("learning.settings.closes-at"));
        closes.setId("closes-at");
        if (rules.opensAt() != null) {
            opens.setValue(LocalDateTime.ofInstant(rules.opensAt(), ZONE));
        }
        if (rules.closesAt() != null) {
            closes.setValue(LocalDateTime.ofInstant(rules.closesAt(), ZONE));
        }
        RadioButtonGroup<CompletionMode> mode = new RadioButtonGroup<>(getTranslation("learning.settings.completion"));
        mode.setItems(CompletionMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("learning.settings.completion." + m.name()));
        mode.setValue(rules.completionMode());
        mode.setId("completion-mode");
        Button save = new Button(getTranslation("action.save"), click -> {
            EnrolmentRules current = enrolment.rules(id);
            if (Refusals.attempt(this, () -> enrolment.saveRules(id, new EnrolmentRules(self.getValue(),
                    opens.getValue() == null ? null : opens.getValue().atZone(ZONE).toInstant(),
                    closes.getValue() == null ? null : closes.getValue().atZone(ZONE).toInstant(),
                    mode.getValue() == null ? CompletionMode.ON_REACHING_END : mode.getValue(),
                    current.version())))) {
                Notifications.success(getTranslation("learning.settings.saved"));
            }
        });
        save.setId("save-enrolment-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout window = new HorizontalLayout(opens, closes);
        window.setWrap(true);
        return new Section(new H2(getTranslation("learning.settings.title")), self, window, mode, save);
    }

    private Section enrolSection(CourseId id) {
        ComboBox<PersonRef> person = new ComboBox<>(getTranslation("learning.enrol.person"));
        person.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : enrolment.findLearnersToEnrol(id, query.getFilter().orElse(""), query.getLimit()).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ")");
        person.setHelperText(getTranslation("learning.enrol.person-help", PersonDirectory.TRAINER_MIN_SEARCH));
        person.setId("enrol-person");
        Button one = new Button(getTranslation("learning.enrol.one"), click -> {
            if (person.getValue() != null && Refusals.attempt(this, () -> enrolment.enrol(id, person.getValue().id()))) {
                Notifications.success(getTranslation("learning.enrolled-person", person.getValue().fullName()));
                person.clear();
                refresh();
            }
        });
        one.setId("enrol-one");
        ComboBox<RegionView> groupRegion = regionBox("enrol-region");
        ComboBox<MexicanState> groupState = stateBox("enrol-state");
        TextField groupMunicipality = municipalityField("enrol-municipality");
        ComboBox<Position> position = new ComboBox<>(getTranslation("learning.filter.position"));
        position.setId("enrol-position");
        position.setItems(Position.values());
        position.setClearButtonVisible(true);
        position.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        Button group = new Button(getTranslation("learning.enrol.group"), click -> confirmGroup(id,
                new PeopleFilter(groupRegion.getValue() == null ? null : groupRegion.getValue().id(),
                        groupState.getValue(), groupMunicipality.getValue(), position.getValue())));
        group.setId("enrol-group");
        HorizontalLayout single = new HorizontalLayout(person, one);
        single.setAlignItems(Alignment.BASELINE);
        single.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(groupRegion, groupState, groupMunicipality, position, group);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        return new Section(new H2(getTranslation("learning.enrol.title")), single, filters);
    }

    /**
     * Counts first, then asks: the dialog says how many people will be enrolled (and, with no filter at all, that
     * it is every learner in Paralelo); nothing changes until it is confirmed.
     */
    private void confirmGroup(CourseId id, PeopleFilter filter) {
        GroupEnrolment[] preview = new GroupEnrolment[1];
        if (!Refusals.attempt(this, () -> preview[0] = enrolment.previewMatching(id, filter))) {
            return;
        }
        if (preview[0].added() == 0) {
            Notifications.success(getTranslation("learning.enrol.group-nobody", preview[0].alreadyEnrolled()));
            return;
        }
        boolean everyone = filter.regionId() == null && filter.state() == null && filter.municipalityKey().isEmpty()
                && filter.position() == null;
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("learning.enrol.group-confirm-title"),
                getTranslation(everyone ? "learning.enrol.group-confirm-everyone" : "learning.enrol.group-confirm",
                        preview[0].added(), preview[0].alreadyEnrolled()),
                getTranslation("learning.enrol.group-confirm-action", preview[0].added()), event -> {
                    GroupEnrolment[] result = new GroupEnrolment[1];
                    if (Refusals.attempt(this, () -> result[0] = enrolment.enrolMatching(id, filter))) {
                        Notifications.success(getTranslation("learning.enrol.group-done", result[0].added(),
                                result[0].alreadyEnrolled()));
                        refresh();
                    }
                }, getTranslation("action.cancel"), event -> { });
        confirm.setId("enrol-group-confirm");
        confirm.open();
    }

    private Section table(CourseId id) {
        region = regionBox("learners-region");
        state = stateBox("learners-state");
        municipality = municipalityField("learners-municipality");
        region.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());
        run = new ComboBox<>(getTranslation("learning.filter.run"));
        run.setId("learners-run");
        run.setItems(report.groups(id));
        run.setItemLabelGenerator(LearnerGroup::name);
        run.setClearButtonVisible(true);
        run.addValueChangeListener(e -> refresh());
        // A course without runs shows no run filter at all, exactly as before runs existed.
        run.setVisible(!run.getListDataView().getItems().toList().isEmpty());
        Locale locale = getLocale();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE);
        grid.removeAllColumns();
        grid.addColumn(r -> r.person().fullName()).setHeader(getTranslation("learning.learners.column.name"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.person().regionName() == null ? "" : r.person().regionName())
                .setHeader(getTranslation("learning.learners.column.region"));
        grid.addColumn(r -> r.person().state() == null ? "" : getTranslation(r.person().state().messageKey()))
                .setHeader(getTranslation("learning.learners.column.state"));
        grid.addColumn(r -> r.person().municipality() == null ? "" : r.person().municipality())
                .setHeader(getTranslation("learning.learners.column.municipality"));
        grid.addColumn(r -> r.percent() + " % (" + r.requiredDone() + "/" + r.requiredTotal() + ")")
                .setHeader(getTranslation("learning.learners.column.progress"));
        grid.addColumn(r -> r.lastActivity() == null ? "" : when.format(r.lastActivity()))
                .setHeader(getTranslation("learning.learners.column.last-activity"));
        for (CourseQuiz quiz : report.quizzes(id)) {
            grid.addColumn(r -> r.quizzes().stream().filter(q -> q.quiz().equals(quiz)).findFirst()
                            .map(q -> getTranslation(q.messageKey(), q.percentText())).orElse(""))
                    .setHeader(quiz.title()).setKey("quiz-" + quiz.itemKey()).setAutoWidth(true);
        }
        grid.setId("learners");
        grid.setItems(query -> report.learners(id, filter(), group(), query.getOffset(), query.getLimit())
                .stream(), query -> report.countLearners(id, filter(), group()));
        String fileName = getTranslation("learning.learners.csv-file", String.valueOf(id.value()));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = report.csv(id, filter(), group(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8",
                    bytes.length);
        }), getTranslation("learning.learners.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("learners-csv");
        HorizontalLayout filters = new HorizontalLayout(run, region, state, municipality, csv);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        return new Section(new H2(getTranslation("learning.learners.table")), filters, grid);
    }

    private PeopleFilter filter() {
        return new PeopleFilter(region.getValue() == null ? null : region.getValue().id(), state.getValue(),
                municipality.getValue(), null);
    }

    private @Nullable Long group() {
        return run.getValue() == null ? null : run.getValue().id();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private ComboBox<RegionView> regionBox(String id) {
        ComboBox<RegionView> box = new ComboBox<>(getTranslation("learning.filter.region"));
        box.setItems(regions.list());
        box.setItemLabelGenerator(RegionView::name);
        box.setClearButtonVisible(true);
        box.setId(id);
        return box;
    }

    private ComboBox<MexicanState> stateBox(String id) {
        ComboBox<MexicanState> box = new ComboBox<>(getTranslation("learning.filter.state"));
        box.setItems(Arrays.asList(MexicanState.values()));
        box.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        box.setClearButtonVisible(true);
        box.setId(id);
        return box;
    }

    private TextField municipalityField(String id) {
        TextField field = new TextField(getTranslation("learning.filter.municipality"));
        field.setMaxLength(120);
        field.setId(id);
        return field;
    }

    private static final class Alignment {
        static final com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment BASELINE =
                com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE;
    }
}
