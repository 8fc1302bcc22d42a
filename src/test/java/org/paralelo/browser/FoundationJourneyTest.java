package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The foundation in a real browser: an admin lands on what needs attention, creates a learner, who signs in and reads their home in Spanish and
 * then in English.
 */
class FoundationJourneyTest extends BrowserTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-test-password-1";

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;

    @Test
    void admin_creates_a_learner_who_then_sees_their_home_in_spanish_and_switches_to_english() {
        String username = People.uniqueUsername("aprendiz");
        String password = People.PASSWORD;
        String fullName = "Lucía Hernández " + username;
        String newest = publishedJustNow();

        LoginPage login = LoginPage.open(this);
        assertThat(login.formTitle()).contains("Inicia sesión");
        screenshotsAtBothWidths("foundation-01-login");

        AdminHomePage adminHome = login.signInToAdminHome(ADMIN, ADMIN_PASSWORD);
        assertThat(adminHome.cardTitles()).as("what the admin home says needs attention")
                .contains("Calificación pendiente", "Cursos sin formador", "Cuentas nuevas", "Respaldos");
        assertThat(adminHome.card("attention-sign-ups")).contains("en los últimos 7 días");
        screenshotsAtBothWidths("foundation-02a-admin-home");

        PeopleAdminPage people = adminHome.people();
        assertThat(people.heading()).isEqualTo("Personas");
        assertThat(people.gridHeight()).as("height of the people grid at desktop size, in px")
                .isGreaterThanOrEqualTo(DESKTOP_HEIGHT / 3);
        screenshotsAtBothWidths("foundation-02-people");

        NewPersonDialogPage dialog = people.openNewPersonDialog()
                .fill(username, password, fullName, username + "@ejemplo.mx");
        screenshotsAtBothWidths("foundation-03-new-person-dialog");

        people = dialog.create();
        String created = "Se creó la cuenta " + username + ".";
        assertThat(people.notificationsShowing(created)).contains(created);
        assertThat(String.join("\n", people.search(username).gridTexts()))
                .contains(username, fullName, "Participante");

        HomePage home = people.signOut().signInAsLearner(username, password);
        assertThat(home.heading()).isEqualTo("Mis cursos");
        assertThat(home.courseTitles()).as("the course published last is offered on the home")
                .anyMatch(title -> title.startsWith(newest));
        assertThat(home.languageShown()).isEqualTo("Español");
        screenshotsAtBothWidths("foundation-04-learner-home-es");
        setWidth(PHONE_WIDTH);
        assertThat(home.signOutFitsTheScreen()).as("the sign-out button is on screen at %d px", PHONE_WIDTH).isTrue();
        setWidth(DESKTOP_WIDTH);

        home = home.switchLanguageTo("English", "My courses");
        assertThat(home.heading()).isEqualTo("My courses");
        assertThat(home.languageShown()).isEqualTo("English");
        screenshotsAtBothWidths("foundation-05-learner-home-en");
    }

    /** A course a trainer publishes right before the learner's first visit (the suite publishes many others). */
    private String publishedJustNow() {
        String trainer = People.uniqueUsername("formadora");
        People.create(accounts, trainer, Role.TRAINER);
        String title = "Taller de públicos " + trainer.substring(trainer.length() - 4);
        CourseId id = Courses.withOneLesson(authoring, trainer, title);
        As.user(trainer, Courses.TRAINER, () -> {
            publishing.publish(id);
        });
        return title;
    }
}
