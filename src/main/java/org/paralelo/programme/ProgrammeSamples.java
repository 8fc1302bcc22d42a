package org.paralelo.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.paralelo.base.FirstStartLock;
import org.paralelo.base.SystemTask;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start, after the sample courses: a sample run of one of them ({@code paralelo.samples.programme-course},
 * "gestion-empresarial" by default; empty for none) with two on-site sessions in different time zones, so a new
 * user sees runs and sessions at once. A course that already has runs is left alone, so restarts add nothing.
 */
@Component
@Order(30)
class ProgrammeSamples implements ApplicationRunner {

    static final String RUN_NAME = "Región Sureste (muestra)";
    private static final Logger log = LoggerFactory.getLogger(ProgrammeSamples.class);

    private final RunService runs;
    private final SessionService sessions;
    private final CourseImportService courses;
    private final String courseCode;
    private final FirstStartLock firstStart;

    ProgrammeSamples(RunService runs, SessionService sessions, CourseImportService courses, FirstStartLock firstStart,
                     @Value("${paralelo.samples.programme-course:gestion-empresarial}") String courseCode) {
        this.firstStart = firstStart;
        this.runs = runs;
        this.sessions = sessions;
        this.courses = courses;
        this.courseCode = courseCode.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!courseCode.isEmpty()) {
            load(courseCode);
        }
    }

    /** Loads the sample run into the course with this code; true when it was loaded now. One node at a time. */
    boolean load(String code) {
        return firstStart.alone("sample-programme", () -> asAdministrator(() -> {
            Optional<CourseId> course = courses.findByCode(code);
            if (course.isEmpty() || !runs.runs(course.get()).isEmpty()) {
                return false;
            }
            try {
                LocalDate start = LocalDate.now(VenueZones.of(MexicanState.OAX)).plusWeeks(2);
                RunId run = runs.create(course.get(), new RunDraft(RUN_NAME, Set.of(), start, start.plusMonths(4),
                        Set.of(), 30, true, null, null, RunMode.HYBRID));
                sessions.create(run, new SessionDraft("Taller presencial: costos y precios", SessionKind.WORKSHOP,
                        start.plusWeeks(1), LocalTime.of(10, 0), LocalTime.of(14, 0), "Casa de la Cultura Oaxaqueña",
                        "González Ortega 403, Centro", "Oaxaca de Juárez", MexicanState.OAX, 30, Set.of(),
                        "1. Bienvenida\n2. Costos fijos y variables\n3. Ejercicio en equipos", 24));
                sessions.create(run, new SessionDraft("Tutoría presencial en Cancún", SessionKind.TUTORIAL,
                        start.plusWeeks(3), LocalTime.of(17, 0), LocalTime.of(19, 0), "Casa de la Cultura de Cancún",
                        "Av. Yaxchilán, SM 21", "Benito Juárez", MexicanState.ROO, 20, Set.of(),
                        "Dudas del módulo 2 y plan de negocio.", 24));
                log.info("Loaded the sample run of {} with two on-site sessions", code);
                return true;
            } catch (RuntimeException e) {
                // A broken sample must not stop the application from starting.
                log.error("The sample run of {} could not be loaded", code, e);
                return false;
            }
        }));
    }

    /** As the built-in administrator account (with the system's authorities, like the sample library). */
    private static <T> T asAdministrator(Supplier<T> work) {
        return SystemTask.callAs(AccountService.ADMIN_USERNAME, work);
    }
}
