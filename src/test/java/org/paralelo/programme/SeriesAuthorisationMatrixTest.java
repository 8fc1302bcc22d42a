package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Debate series × actions × roles: anonymous, a participant (a seat at one of its sessions), a learner without a
 * seat, the organiser, a trainer who organises nothing here, a coordinator of the series' region, a coordinator
 * of another region, and an admin. Organisers and admins write; participants and the region's coordinators read;
 * nobody else sees minutes, organisations or agreements (anyone signed in sees the sessions, to register).
 */
@ParaleloSpringTest
class SeriesAuthorisationMatrixTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService seriesService;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired DebateRecordService records;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;

    SeriesFixture f;
    AgreementId agreement;
    long seriesVersion;
    long secondVersion;
    long agreementVersion;

    @BeforeEach
    void aSeriesWithMinutesAndAnAgreement() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
        As.user(f.organiser, Courses.TRAINER, () -> records.saveMinutes(f.first, "Acta del taller", -1));
        agreement = As.user(f.organiser, Courses.TRAINER, () -> records.agree(f.first,
                new AgreementDraft("Solicitar el foro", null, f.council, null)));
        seriesVersion = As.admin(() -> seriesService.series(f.series)).version();
        secondVersion = As.admin(() -> sessions.session(f.second)).version();
        agreementVersion = As.admin(() -> records.agreements(f.series, Set.of())).getFirst().version();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "see the series and its sessions, ANONYMOUS, refused",
            "see the series and its sessions, OUTSIDER, allowed",
            "see the series and its sessions, OTHER_COORDINATOR, allowed",
            "read the minutes, ANONYMOUS, refused", "read the minutes, OUTSIDER, refused",
            "read the minutes, OTHER_TRAINER, refused", "read the minutes, OTHER_COORDINATOR, refused",
            "read the minutes, PARTICIPANT, allowed", "read the minutes, COORDINATOR, allowed",
            "read the minutes, ORGANISER, allowed",
            "read the agreements, OUTSIDER, refused", "read the agreements, OTHER_COORDINATOR, refused",
            "read the agreements, PARTICIPANT, allowed", "read the agreements, COORDINATOR, allowed",
            "read the organisations, OUTSIDER, refused", "read the organisations, PARTICIPANT, allowed",
            "export to CSV, ANONYMOUS, refused", "export to CSV, OUTSIDER, refused",
            "export to CSV, PARTICIPANT, allowed", "export to CSV, COORDINATOR, allowed",
            "export to PDF, OTHER_TRAINER, refused", "export to PDF, ADMIN, allowed",
            "write the minutes, PARTICIPANT, refused", "write the minutes, COORDINATOR, refused",
            "write the minutes, OTHER_TRAINER, refused", "write the minutes, ORGANISER, allowed",
            "write the minutes, ADMIN, allowed",
            "make an agreement, PARTICIPANT, refused", "make an agreement, COORDINATOR, refused",
            "make an agreement, OTHER_TRAINER, refused", "make an agreement, ORGANISER, allowed",
            "follow up an agreement, PARTICIPANT, refused", "follow up an agreement, COORDINATOR, refused",
            "follow up an agreement, OTHER_TRAINER, refused", "follow up an agreement, ORGANISER, allowed",
            "plan a session, PARTICIPANT, refused", "plan a session, OTHER_TRAINER, refused",
            "plan a session, COORDINATOR, refused", "plan a session, ORGANISER, allowed",
            "plan a session, ADMIN, allowed",
            "change the series, OTHER_TRAINER, refused", "change the series, ORGANISER, allowed",
            "add an organisation, OTHER_TRAINER, refused", "add an organisation, PARTICIPANT, refused",
            "add an organisation, ORGANISER, allowed",
            "mark organisations present, PARTICIPANT, refused", "mark organisations present, ORGANISER, allowed",
            "create a series, ANONYMOUS, refused", "create a series, PARTICIPANT, refused",
            "create a series, COORDINATOR, refused", "create a series, OTHER_TRAINER, allowed",
            "create an organisation, PARTICIPANT, refused", "create an organisation, OTHER_TRAINER, allowed",
            "see the session's time and place, ANONYMOUS, refused",
            "see the session's time and place, OUTSIDER, allowed",
            "register for a session, OUTSIDER, allowed",
            "read the registrations, OUTSIDER, refused", "read the registrations, ORGANISER, allowed",
            "edit a session, ANONYMOUS, refused", "edit a session, PARTICIPANT, refused",
            "edit a session, OTHER_TRAINER, refused", "edit a session, COORDINATOR, refused",
            "edit a session, ORGANISER, allowed", "edit a session, ADMIN, allowed",
            "cancel a session, ANONYMOUS, refused", "cancel a session, PARTICIPANT, refused",
            "cancel a session, OUTSIDER, refused", "cancel a session, OTHER_TRAINER, refused",
            "cancel a session, COORDINATOR, refused", "cancel a session, ORGANISER, allowed",
            "cancel a session, ADMIN, allowed",
            "take the roll, ANONYMOUS, refused", "take the roll, PARTICIPANT, refused",
            "take the roll, OUTSIDER, refused", "take the roll, OTHER_TRAINER, refused",
            "take the roll, COORDINATOR, refused", "take the roll, ORGANISER, allowed", "take the roll, ADMIN, allowed",
            "print the sign-in sheet, PARTICIPANT, refused", "print the sign-in sheet, OTHER_TRAINER, refused",
            "print the sign-in sheet, ORGANISER, allowed",
            "edit an agreement, ANONYMOUS, refused", "edit an agreement, PARTICIPANT, refused",
            "edit an agreement, COORDINATOR, refused", "edit an agreement, OTHER_TRAINER, refused",
            "edit an agreement, ORGANISER, allowed", "edit an agreement, ADMIN, allowed",
            "list who may answer for an agreement, PARTICIPANT, refused",
            "list who may answer for an agreement, COORDINATOR, refused",
            "list who may answer for an agreement, ORGANISER, allowed",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        Supplier<Object> call = () -> switch (action) {
            case "see the series and its sessions" -> seriesService.sessions(f.series);
            case "read the minutes" -> records.minutes(f.first);
            case "read the agreements" -> records.agreements(f.series, Set.of());
            case "read the organisations" -> organisations.of(f.series);
            case "export to CSV" -> records.exportCsv(f.series, Locale.ENGLISH);
            case "export to PDF" -> records.exportPdf(f.series, Locale.ENGLISH);
            case "write the minutes" -> records.saveMinutes(f.first, "Nueva acta", 0);
            case "make an agreement" -> records.agree(f.first, new AgreementDraft("Otro acuerdo", null, null, null));
            case "follow up an agreement" -> done(() -> records.followUp(agreement, f.second, "Avance",
                    AgreementStatus.IN_PROGRESS, 0));
            case "plan a session" -> sessions.createInSeries(f.series, SeriesFixture.draft("Taller 3",
                    As.admin(() -> sessions.session(f.second)).starts().toLocalDate().plusWeeks(1), Set.of()));
            case "change the series" -> done(() -> seriesService.update(f.series, new SeriesDraft("Diálogos",
                    "", "Mérida", MexicanState.YUC, Set.of(), Set.of()), seriesVersion));
            case "add an organisation" -> done(() -> organisations.leave(f.series, f.otherCouncil));
            case "mark organisations present" -> done(() -> organisations.markPresent(f.first, Set.of(f.council)));
            case "create a series" -> seriesService.create(new SeriesDraft("Otra serie", "", "", null, Set.of(),
                    Set.of()));
            case "create an organisation" -> organisations.create(SeriesFixture.council("Colectivo Sur"));
            case "see the session's time and place" -> sessions.session(f.first);
            case "register for a session" -> registration.register(f.second);
            case "read the registrations" -> registration.registrations(f.first);
            case "edit a session" -> sessions.update(f.second, SeriesFixture.draft("Taller 2: otra hora",
                    As.admin(() -> sessions.session(f.second)).starts().toLocalDate(), Set.of()), secondVersion);
            case "cancel a session" -> done(() -> sessions.cancel(f.second));
            case "take the roll" -> attendance.rollCall(f.first);
            case "edit an agreement" -> done(() -> records.revise(agreement, new AgreementDraft("Solicitar el foro "
                    + "del parque", f.participantId, null, null), agreementVersion));
            case "list who may answer for an agreement" -> records.responsibleCandidates(f.series);
            case "print the sign-in sheet" -> attendance.signInSheet(f.first, Locale.ENGLISH);
            default -> throw new IllegalArgumentException(action);
        };
        switch (outcome) {
            case "allowed" -> assertThat(as(role, call)).satisfies(result -> {
                if (result instanceof Collection<?> found) {
                    assertThat(found).as("an allowed look-up finds something").isNotEmpty();
                }
            });
            case "refused" -> assertThatThrownBy(() -> as(role, call)).isInstanceOfAny(
                    AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class)
                    .isNotInstanceOf(UserFacingException.class);
            default -> throw new IllegalArgumentException(outcome);
        }
    }

    private static Object done(Runnable action) {
        action.run();
        return "done";
    }

    private Object as(String role, Supplier<Object> call) {
        return switch (role) {
            case "ANONYMOUS" -> As.anonymous(call);
            case "PARTICIPANT" -> As.user(f.participant, SeriesFixture.LEARNER, call);
            case "OUTSIDER" -> As.user(f.outsider, SeriesFixture.LEARNER, call);
            case "ORGANISER" -> As.user(f.organiser, Courses.TRAINER, call);
            case "OTHER_TRAINER" -> As.user(f.otherTrainer, Courses.TRAINER, call);
            case "COORDINATOR" -> As.user(f.coordinator, Coordinators.COORDINATOR, call);
            case "OTHER_COORDINATOR" -> As.user(f.otherCoordinator, Coordinators.COORDINATOR, call);
            case "ADMIN" -> As.admin(call);
            default -> throw new IllegalArgumentException(role);
        };
    }
}
