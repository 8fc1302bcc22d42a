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
 * screenshots at desktop and phone widths.
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
}
