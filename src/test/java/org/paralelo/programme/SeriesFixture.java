package org.paralelo.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Coordinators;
import org.paralelo.support.Courses;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;

/**
 * A debate series of the Sureste region organised by {@link #organiser}, with two debate sessions a week and two
 * weeks ahead, two neighbourhood councils taking part, and {@link #participant} holding a seat at the first
 * session. {@link #outsider} is a learner with no seat; {@link #otherTrainer} organises nothing here.
 */
public final class SeriesFixture {

    public static final String[] LEARNER = LearningFixture.LEARNER;

    public final String organiser;
    public final PersonId organiserId;
    public final String participant;
    public final PersonId participantId;
    public final String outsider;
    public final String otherTrainer;
    public final String coordinator;
    public final String otherCoordinator;
    public final SeriesId series;
    public final SessionId first;
    public final SessionId second;
    public final OrganisationId council;
    public final OrganisationId otherCouncil;

    public SeriesFixture(AccountService accounts, RegionService regions, SeriesService seriesService,
                  SessionService sessions, OrganisationService organisations,
                  SessionRegistrationService registration, TestClock clock) {
        organiser = People.uniqueUsername("organiza");
        organiserId = People.create(accounts, organiser, Role.TRAINER);
        otherTrainer = People.uniqueUsername("otra");
        People.create(accounts, otherTrainer, Role.TRAINER);
        participant = LearningFixture.learner(accounts);
        participantId = LearningFixture.learnerId(accounts, participant);
        outsider = LearningFixture.learner(accounts);
        long sureste = Coordinators.region(regions, "Sureste");
        long noroeste = Coordinators.region(regions, "Noroeste");
        coordinator = Coordinators.coordinator(accounts, RegionScope.of(Set.of(sureste)));
        otherCoordinator = Coordinators.coordinator(accounts, RegionScope.of(Set.of(noroeste)));
        series = As.user(organiser, Courses.TRAINER, () -> seriesService.create(new SeriesDraft(
                "Diálogos por el acceso a la cultura", "Seis talleres con consejos vecinales.", "Mérida",
                MexicanState.YUC, Set.of(sureste), Set.of())));
        LocalDate today = ZonedDateTime.ofInstant(clock.instant(), VenueZones.of(MexicanState.YUC)).toLocalDate();
        first = As.user(organiser, Courses.TRAINER, () -> sessions.createInSeries(series,
                draft("Taller 1: diagnóstico", today.plusWeeks(1), Set.of(organiserId)))).id();
        second = As.user(organiser, Courses.TRAINER, () -> sessions.createInSeries(series,
                draft("Taller 2: seguimiento", today.plusWeeks(2), Set.of()))).id();
        council = As.user(organiser, Courses.TRAINER, () -> organisations.create(council("Consejo Vecinal Centro")));
        otherCouncil = As.user(organiser, Courses.TRAINER,
                () -> organisations.create(council("Consejo Vecinal San Sebastián")));
        As.user(organiser, Courses.TRAINER, () -> {
            organisations.join(series, council);
            organisations.join(series, otherCouncil);
        });
        As.user(participant, LEARNER, () -> registration.register(first));
    }

    public static SessionDraft draft(String title, LocalDate date, Set<PersonId> facilitators) {
        return new SessionDraft(title, SessionKind.DEBATE, date, LocalTime.of(17, 0), LocalTime.of(19, 0),
                "Centro Cultural Olimpo", "Calle 62 s/n, Centro", "Mérida", MexicanState.YUC, 40, facilitators,
                "1. Pendientes\n2. Debate\n3. Acuerdos", 2);
    }

    public static OrganisationDraft council(String name) {
        return new OrganisationDraft(name, OrganisationKind.NEIGHBOURHOOD_COUNCIL, "Mérida", MexicanState.YUC,
                "Rosa Canché", "rosa@ejemplo.mx", "999 123 4567");
    }
}
