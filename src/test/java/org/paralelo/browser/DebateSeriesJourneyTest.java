package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.RegionService;
import org.paralelo.programme.AgreementDraft;
import org.paralelo.programme.AgreementId;
import org.paralelo.programme.AgreementStatus;
import org.paralelo.programme.DebateRecordService;
import org.paralelo.programme.OrganisationService;
import org.paralelo.programme.SeriesFixture;
import org.paralelo.programme.SeriesService;
import org.paralelo.programme.SessionRegistrationService;
import org.paralelo.programme.SessionService;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A debate series in a real browser: the organiser records an agreement at a session on a 360 px phone, the
 * series page lists the agreements pending first with the minutes a tap away; in Spanish and English, with
 * screenshots at desktop and phone widths; and every series screen (the whole page, editing and cancelling a
 * session, roll call, the agreement dialog, the series form) at both widths in both languages.
 */
class DebateSeriesJourneyTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService series;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired DebateRecordService records;
    @Autowired TestClock clock;

    @Test
    void an_organiser_records_an_agreement_on_a_phone_and_reads_the_series_agreements_in_both_languages() {
        SeriesFixture f = new SeriesFixture(accounts, regions, series, sessions, organisations, registration, clock);
        As.user(f.organiser, Courses.TRAINER, () -> {
            records.saveMinutes(f.first, "## Asistentes\n\nDiecisiete consejos vecinales y la **Dirección de "
                    + "Cultura**.\n\n- Falta oferta en las colonias del sur\n- Transporte después de las 20:00", -1);
            AgreementId map = records.agree(f.first, new AgreementDraft("Levantar el mapa de espacios culturales "
                    + "de cada colonia", null, f.otherCouncil, null));
            records.followUp(map, f.second, "Van ocho de veinte colonias.", AgreementStatus.IN_PROGRESS, 0);
        });
        As.user(f.organiser, Courses.TRAINER, () -> organisations.markPresent(f.first, Set.of(f.council)));

        LoginPage.open(this).signInAsTrainer(f.organiser, People.PASSWORD);
        setWidth(PHONE_WIDTH);
        DebateSeriesPage session = DebateSeriesPage.session(this, f.first);
        assertThat(session.heading()).isEqualTo("Taller 1: diagnóstico");
        session.addAgreement("Solicitar el parque del barrio para una feria vecinal mensual");
        assertThat(session.sectionText("agreement-list")).contains("Solicitar el parque del barrio",
                "Levantar el mapa", "En curso", "Van ocho de veinte colonias.");
        assertThat(horizontalOverflow()).isZero();
        session.scrollTo("debate-agreements");
        screenshotsAtBothWidths("debates-01-session-es");

        DebateSeriesPage page = DebateSeriesPage.series(this, f.series);
        assertThat(page.heading()).isEqualTo("Diálogos por el acceso a la cultura");
        assertThat(page.sectionText("series-organisations")).contains("Consejo Vecinal Centro");
        setWidth(PHONE_WIDTH);
        assertThat(horizontalOverflow()).isZero();
        screenshotsAtBothWidths("debates-02-series-es");

        page = page.inLanguage("English", "Diálogos por el acceso a la cultura");
        assertThat(page.sectionText("series-agreements")).contains("Agreements of the series", "In progress");
        setWidth(PHONE_WIDTH);
        assertThat(horizontalOverflow()).isZero();
        page.scrollTo("series-agreements");
        screenshotsAtBothWidths("debates-03-series-en");
        session = DebateSeriesPage.session(this, f.first);
        assertThat(session.sectionText("debate-minutes")).contains("Minutes", "Diecisiete consejos");
        screenshotsAtBothWidths("debates-04-session-en");
    }

    @Test
    void the_series_screens_fit_a_phone_and_a_desktop_in_both_languages() {
        SeriesFixture f = new SeriesFixture(accounts, regions, series, sessions, organisations, registration, clock);
        AgreementId agreement = As.user(f.organiser, Courses.TRAINER, () -> records.agree(f.first,
                new AgreementDraft("Abrir la biblioteca municipal los sábados por la tarde", null, f.council, null)));

        LoginPage.open(this).signInAsTrainer(f.organiser, People.PASSWORD);
        DebateSeriesPage page = DebateSeriesPage.series(this, f.series);
        fullPageScreenshotsAtBothWidths("series-01-page-es");
        page.openDialog("edit-session-" + f.first.value(), "materials-editor");
        assertThat(page.sectionText("materials-editor")).contains("Materiales", "Esta sesión aún no tiene materiales.");
        screenshotsAtBothWidths("series-02-session-edit-es");
        page.closeDialog("materials-editor");
        page.openConfirmation("cancel-session-" + f.second.value());
        screenshotsAtBothWidths("series-03-session-cancel-es");
        page.dismissConfirmation();

        RollCallPage roll = RollCallPage.open(this, f.first);
        assertThat(roll.heading()).isEqualTo("Asistencia: Taller 1: diagnóstico");
        screenshotsAtBothWidths("series-04-rollcall-es");

        DebateSeriesPage session = DebateSeriesPage.session(this, f.first);
        session.openDialog("edit-agreement-" + agreement.value(), "save-agreement");
        screenshotsAtBothWidths("series-05-agreement-dialog-es");
        session.closeDialog("save-agreement");

        DebateSeriesPage list = DebateSeriesPage.list(this);
        list.openDialog("new-series", "series-name");
        screenshotsAtBothWidths("series-06-series-form-es");
        list.closeDialog("series-name");

        page = DebateSeriesPage.series(this, f.series).inLanguage("English", "Diálogos por el acceso a la cultura");
        fullPageScreenshotsAtBothWidths("series-07-page-en");
        page.openDialog("edit-session-" + f.first.value(), "materials-editor");
        assertThat(page.sectionText("materials-editor")).contains("Materials", "This session has no materials yet.");
        screenshotsAtBothWidths("series-08-session-edit-en");
        page.closeDialog("materials-editor");
        page.openConfirmation("cancel-session-" + f.second.value());
        screenshotsAtBothWidths("series-09-session-cancel-en");
        page.dismissConfirmation();
        roll = RollCallPage.open(this, f.first);
        assertThat(roll.heading()).isEqualTo("Attendance: Taller 1: diagnóstico");
        screenshotsAtBothWidths("series-10-rollcall-en");
        session = DebateSeriesPage.session(this, f.first);
        session.openDialog("edit-agreement-" + agreement.value(), "save-agreement");
        screenshotsAtBothWidths("series-11-agreement-dialog-en");
        session.closeDialog("save-agreement");
        list = DebateSeriesPage.list(this);
        list.openDialog("new-series", "series-name");
        screenshotsAtBothWidths("series-12-series-form-en");
    }
}
