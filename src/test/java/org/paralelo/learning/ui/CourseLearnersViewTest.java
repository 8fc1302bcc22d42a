package org.paralelo.learning.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.Query;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.AttemptService;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuizService;
import org.paralelo.assessment.Response;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LearnerPaths;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.GroupEnrolment;
import org.paralelo.learning.LearnerRow;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.ProfileData;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.Downloads;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The trainer's page of a course's learners: the lazy table with quiz standings, its CSV, group enrolment. */
class CourseLearnersViewTest extends KaribuTest {

    static final String QUIZ_TITLE = "Evaluación final";

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired QuestionBankService bank;
    @Autowired QuizService quizzes;
    @Autowired AttemptService attempts;
    @Autowired RegionService regions;

    @Test
    void each_quiz_has_a_column_headed_by_its_title_showing_every_learners_standing_in_both_languages() {
        String trainer = People.created(accounts, "cuestiona", Role.TRAINER);
        CourseId course = Courses.withOneLesson(authoring, trainer, "Con evaluación");
        String quiz = As.user(trainer, Courses.TRAINER, () -> {
            String module = authoring.draft(course).modules().getFirst().key();
            String item = authoring.addItem(course, module, ItemKind.QUIZ, QUIZ_TITLE, true);
            String question = bank.createQuestion(course, bank.createCategory(course, "General"),
                    new Question("La renta del foro es un costo fijo.", BigDecimal.ONE, "",
                            new QuestionBody.TrueFalse(true, "", "")));
            quizzes.addQuestion(course, item, question);
            publishing.publish(course);
            return item;
        });
        String passed = LearningFixture.learner(accounts);
        String untried = LearningFixture.learner(accounts);
        for (String learner : List.of(passed, untried)) {
            As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(course));
        }
        As.user(passed, LearningFixture.LEARNER, () -> {
            long attempt = attempts.start(course, quiz);
            String question = attempts.attempt(attempt).questions().getFirst().question().key();
            attempts.saveAnswer(attempt, question, new Response.TrueOrFalse(true));
            attempts.submit(attempt);
        });

        signIn(trainer, "TRAINER");
        UI.getCurrent().navigate(LearnerPaths.learners(course));
        Grid<LearnerRow> grid = learners();
        assertThat(grid.getDataProvider().isInMemory()).as("a lazy grid, fetched page by page").isFalse();
        Grid.Column<LearnerRow> column = grid.getColumnByKey("quiz-" + quiz);
        assertThat(column.getHeaderText()).isEqualTo(QUIZ_TITLE);
        assertThat(standing(grid, column, passed)).isEqualTo("100 % · aprobado");
        assertThat(standing(grid, column, untried)).isEqualTo("sin intentos");

        Downloads.Download csv = Downloads.of(_get(Anchor.class, spec -> spec.withId("learners-csv")));
        assertThat(csv.contentDisposition()).contains("participantes-" + course.value() + ".csv")
                .doesNotContain(",");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains(QUIZ_TITLE, "100 % · aprobado",
                "sin intentos");

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(LearnerPaths.learners(course));
        grid = learners();
        column = grid.getColumnByKey("quiz-" + quiz);
        assertThat(standing(grid, column, passed)).isEqualTo("100 % · passed");
        assertThat(standing(grid, column, untried)).isEqualTo("no attempts");
        assertThat(Downloads.of(_get(Anchor.class, spec -> spec.withId("learners-csv"))).contentDisposition())
                .contains("learners-" + course.value() + ".csv");
    }

    @Test
    void the_table_filters_narrow_the_lazy_grid() {
        LearningFixture fixture = new LearningFixture(accounts, authoring, publishing);
        String oaxaca = LearningFixture.learner(accounts);
        String jalisco = learnerIn(null, "JAL");
        for (String learner : List.of(oaxaca, jalisco)) {
            As.user(learner, LearningFixture.LEARNER, () -> enrolment.enrolMe(fixture.course));
        }
        signIn(fixture.trainer, "TRAINER");
        UI.getCurrent().navigate(LearnerPaths.learners(fixture.course));
        assertThat(usernames(learners())).containsExactlyInAnyOrder(oaxaca, jalisco);

        @SuppressWarnings("unchecked")
        ComboBox<MexicanState> state = _get(ComboBox.class, spec -> spec.withId("learners-state"));
        _setValue(state, MexicanState.JAL);

        assertThat(_size(learners())).isEqualTo(1);
        assertThat(usernames(learners())).containsExactly(jalisco);
    }

    @Test
    void enrolling_a_group_says_first_how_many_will_join_and_enrols_nobody_until_confirmed() {
        LearningFixture fixture = new LearningFixture(accounts, authoring, publishing);
        RegionView region = As.admin(() -> regions.create(People.uniqueUsername("Región")));
        String first = learnerIn(region.id(), "OAX");
        String second = learnerIn(region.id(), "OAX");
        signIn(fixture.trainer, "TRAINER");
        UI.getCurrent().navigate(LearnerPaths.learners(fixture.course));

        // No filter at all: every learner of Paralelo. The dialog says so, with the count, before anything happens.
        GroupEnrolment everyone = As.user(fixture.trainer, Courses.TRAINER,
                () -> enrolment.previewMatching(fixture.course, PeopleFilter.EVERYONE));
        _click(_get(Button.class, spec -> spec.withId("enrol-group")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(_getText(dialog)).startsWith("No elegiste ningún filtro")
                .contains("(" + NumberFormat.getIntegerInstance(Languages.SPANISH).format(everyone.added()) + ")");
        _fireCancel(dialog);
        assertThat(_size(learners())).as("cancelled: nobody enrolled").isZero();

        @SuppressWarnings("unchecked")
        ComboBox<RegionView> byRegion = _get(ComboBox.class, spec -> spec.withId("enrol-region"));
        _setValue(byRegion, region);
        _click(_get(Button.class, spec -> spec.withId("enrol-group")));
        dialog = _find(ConfirmDialog.class).getLast();
        assertThat(_getText(dialog))
                .isEqualTo("Se inscribirán 2 personas que coinciden con los filtros. Ya estaban inscritas: 0.");
        assertThat(_size(learners())).as("not yet confirmed").isZero();
        _fireConfirm(dialog);

        assertThat(usernames(learners())).containsExactlyInAnyOrder(first, second);
    }

    private String learnerIn(Long regionId, String state) {
        String username = People.uniqueUsername("lugar");
        ProfileData profile = new ProfileData("Luz " + username, username + "@ejemplo.mx", "es-MX", state,
                "Zapopan", regionId, "CULTURAL_PROMOTER", java.util.Set.of());
        As.admin(() -> accounts.create(new NewAccount(username, People.PASSWORD, java.util.Set.of(Role.LEARNER),
                profile)));
        return username;
    }

    @SuppressWarnings("unchecked")
    private static Grid<LearnerRow> learners() {
        return _get(Grid.class, spec -> spec.withId("learners"));
    }

    private static List<String> usernames(Grid<LearnerRow> grid) {
        return grid.getDataProvider().fetch(new Query<>()).map(r -> r.person().username()).toList();
    }

    private static String standing(Grid<LearnerRow> grid, Grid.Column<LearnerRow> column, String username) {
        LearnerRow row = grid.getDataProvider().fetch(new Query<>()).filter(r -> r.person().username().equals(username))
                .findFirst().orElseThrow();
        return _getFormatted(column, row);
    }
}
