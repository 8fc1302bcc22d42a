package org.paralelo.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paralelo.base.FirstStartLock;
import org.paralelo.base.SystemTask;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.paralelo.programme.domain.SeriesRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: a sample debate series (six micro-neighbourhood workshops in Mérida with twenty neighbourhood
 * councils, after the programme this platform serves), the first two already held, with minutes, organisations
 * present, agreements and follow-ups, so a new user sees the feature at once. A series of that name already there
 * is left alone, so restarts add nothing; {@code paralelo.samples.debate-series=false} loads none.
 */
@Component
@Order(31)
class DebateSamples implements ApplicationRunner {

    static final String NAME = "Diálogos de microbarrio por el acceso a la cultura (muestra)";
    private static final Logger log = LoggerFactory.getLogger(DebateSamples.class);
    private static final List<String> COLONIAS = List.of("Centro", "Santiago", "Santa Ana", "San Sebastián",
            "La Mejorada", "Santa Lucía", "San Juan", "Itzimná", "García Ginerés", "Chuburná de Hidalgo",
            "Francisco de Montejo", "Pensiones", "Juan Pablo II", "Caucel", "Emiliano Zapata Sur", "San José Tecoh",
            "Dzununcán", "Vergel", "Bojórquez", "Melitón Salazar");
    private static final List<String> TOPICS = List.of("Diagnóstico: ¿qué cultura hay en mi colonia?",
            "Espacios: parques, casas de la cultura y escuelas", "Oferta cultural y horarios para las familias",
            "Creadores locales y consejos vecinales", "Presupuesto participativo para cultura",
            "Plan vecinal de cultura: acuerdos finales");

    private final SeriesService series;
    private final SeriesRepository seriesRepository;
    private final SessionService sessions;
    private final ProgrammeSessionRepository sessionRepository;
    private final OrganisationService organisations;
    private final DebateRecordService records;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final FirstStartLock firstStart;

    DebateSamples(SeriesService series, SeriesRepository seriesRepository, SessionService sessions,
                  ProgrammeSessionRepository sessionRepository, OrganisationService organisations,
                  DebateRecordService records, TransactionTemplate transactions, FirstStartLock firstStart,
                  @Value("${paralelo.samples.debate-series:true}") boolean enabled) {
        this.series = series;
        this.seriesRepository = seriesRepository;
        this.sessions = sessions;
        this.sessionRepository = sessionRepository;
        this.organisations = organisations;
        this.records = records;
        this.transactions = transactions;
        this.enabled = enabled;
        this.firstStart = firstStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            // Two nodes starting together must not both load it: one at a time, the second finds it there.
            firstStart.alone("sample-debate-series", this::load);
        }
    }

    /** Loads the sample series; true when it was loaded now. */
    boolean load() {
        if (seriesRepository.existsByName(NAME)) {
            return false;
        }
        try {
            return SystemTask.callAs(AccountService.ADMIN_USERNAME, () -> transactions.execute(status -> {
                loadAsAdministrator();
                return true;
            }));
        } catch (RuntimeException e) {
            // A broken sample must not stop the application from starting.
            log.error("The sample debate series could not be loaded", e);
            return false;
        }
    }

    private void loadAsAdministrator() {
        SeriesId id = series.create(new SeriesDraft(NAME, "Seis talleres de debate con las personas líderes de "
                + "veinte consejos vecinales de Mérida y la Dirección de Cultura municipal: acceso a la cultura, el "
                + "arte como motor de transformación social y un plan vecinal de cultura.", "Mérida", MexicanState.YUC,
                Set.of(), Set.of()));
        List<OrganisationId> councils = new ArrayList<>();
        for (int i = 0; i < COLONIAS.size(); i++) {
            OrganisationId council = organisations.create(new OrganisationDraft("Consejo Vecinal " + COLONIAS.get(i),
                    OrganisationKind.NEIGHBOURHOOD_COUNCIL, "Mérida", MexicanState.YUC, LEADERS.get(i % LEADERS.size()),
                    "", "999 " + (210 + i) + " " + (4300 + i * 17)));
            organisations.join(id, council);
            councils.add(council);
        }
        OrganisationId office = organisations.create(new OrganisationDraft("Dirección de Cultura de Mérida",
                OrganisationKind.MUNICIPAL_OFFICE, "Mérida", MexicanState.YUC, "Mtra. Leticia Pech",
                "cultura@ejemplo.mx", ""));
        organisations.join(id, office);
        LocalDate today = LocalDate.now(VenueZones.of(MexicanState.YUC));
        List<SessionId> held = List.of(pastSession(id, 0, today.minusWeeks(3)),
                pastSession(id, 1, today.minusWeeks(1)));
        for (int i = 2; i < TOPICS.size(); i++) {
            sessions.createInSeries(id, draft(i, today.plusWeeks(2L * (i - 1))));
        }
        organisations.markPresent(held.get(0), Set.copyOf(councils.subList(0, 17)));
        organisations.markPresent(held.get(1), Set.copyOf(councils.subList(2, 20)));
        records.saveMinutes(held.get(0), MINUTES_1, -1);
        records.saveMinutes(held.get(1), MINUTES_2, -1);
        LocalDate first = today.minusWeeks(3);
        AgreementId park = records.agree(held.get(0), new AgreementDraft("Solicitar a la Dirección de Cultura el uso "
                + "del parque de Santiago para una feria vecinal mensual.", null, councils.get(1), first.plusWeeks(2)));
        AgreementId map = records.agree(held.get(0), new AgreementDraft("Levantar el mapa de espacios culturales de "
                + "cada colonia (parques, bibliotecas, escuelas, casas de la cultura).", null, null,
                first.plusWeeks(5)));
        records.agree(held.get(0), new AgreementDraft("Compartir el calendario de la Casa de la Cultura del Centro en "
                + "los grupos vecinales de mensajería.", null, office, first.plusDays(10)));
        AgreementId mural = records.agree(held.get(1), new AgreementDraft("Proponer un mural comunitario en la "
                + "barda de la escuela primaria de Caucel.", null, councils.get(13), today.plusWeeks(4)));
        records.agree(held.get(1), new AgreementDraft("Invitar a creadores locales al cuarto taller.", null,
                councils.get(7), today.plusWeeks(5)));
        records.followUp(map, held.get(1), "Van 8 de 20 colonias; la Dirección presta el formato.",
                AgreementStatus.IN_PROGRESS, 0);
        records.followUp(park, held.get(1), "La Dirección pidió la solicitud por escrito; sigue pendiente.",
                AgreementStatus.OPEN, 0);
        records.followUp(mural, held.get(1), "La escuela prefiere esperar al nuevo ciclo escolar.",
                AgreementStatus.DROPPED, 0);
        log.info("Loaded the sample debate series with {} organisations", councils.size() + 1);
    }

    /** Held workshops cannot be planned through the service (it refuses the past), so they are stored directly. */
    private SessionId pastSession(SeriesId id, int index, LocalDate date) {
        SessionDraft draft = draft(index, date);
        ProgrammeSession session = ProgrammeSession.ofSeries(id.value());
        session.schedule(draft.title(), draft.kind(), date, draft.startTime(), draft.endTime(),
                VenueZones.of(MexicanState.YUC));
        session.setVenue(draft.venueName(), draft.venueAddress(), draft.venueMunicipality(), MexicanState.YUC);
        session.setCapacity(draft.capacity());
        session.setClosesHours(draft.closesHoursBefore());
        session.setAgenda(draft.agenda());
        return new SessionId(sessionRepository.saveAndFlush(session).getId());
    }

    private static SessionDraft draft(int index, LocalDate date) {
        return new SessionDraft("Taller " + (index + 1) + ": " + TOPICS.get(index), SessionKind.DEBATE, date,
                LocalTime.of(17, 30), LocalTime.of(20, 0), "Centro Cultural Olimpo", "Calle 62 s/n, Centro",
                "Mérida", MexicanState.YUC, 60, Set.of(), "1. Pendientes del taller anterior\n2. Debate\n"
                + "3. Acuerdos y responsables", 2);
    }

    private static final List<String> LEADERS = List.of("Rosa María Canché", "José Luis Pech", "Guadalupe Chan",
            "Martha Elena Poot", "Jorge Alberto Uc", "Ana Laura Dzib", "Felipe Cauich", "Silvia May");

    private static final String MINUTES_1 = """
            ## Asistentes
            Personas líderes de 17 consejos vecinales y la Dirección de Cultura municipal.

            ## Temas
            - Qué actividades culturales hay hoy en cada colonia y a qué horas.
            - Las colonias del sur casi no tienen espacios; el Centro concentra la oferta.
            - El transporte de regreso después de las 20:00 es un problema para las familias.

            ## Posturas
            Los consejos piden que la cultura **llegue a las colonias** y no solo al Centro; la Dirección propone
            empezar por los parques que ya tienen alumbrado.
            """;

    private static final String MINUTES_2 = """
            ## Asistentes
            18 consejos vecinales; se integraron Vergel y Melitón Salazar.

            ## Seguimiento
            | Acuerdo | Estado |
            |---|---|
            | Feria en el parque de Santiago | pendiente |
            | Mapa de espacios culturales | en curso (8 de 20) |

            ## Debate
            Se discutió cómo invitar a creadores locales y qué espacios escolares pueden abrirse por las tardes.
            """;
}
