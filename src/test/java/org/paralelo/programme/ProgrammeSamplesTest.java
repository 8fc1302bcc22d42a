package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample run with its two sessions loads once into a sample course, and never twice. */
@ParaleloSpringTest
class ProgrammeSamplesTest {

    @Autowired ProgrammeSamples samples;
    @Autowired RunService runs;
    @Autowired SessionService sessions;
    @Autowired CourseImportService courses;

    @Test
    void the_sample_run_loads_with_two_sessions_in_two_zones_and_a_second_load_adds_nothing() {
        CourseId course = As.admin(() -> courses.findByCode("bienvenida")).orElseThrow();
        boolean first = samples.load("bienvenida");
        boolean again = samples.load("bienvenida");

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        RunSummary run = As.admin(() -> runs.runs(course)).getFirst();
        assertThat(run.name()).isEqualTo(ProgrammeSamples.RUN_NAME);
        assertThat(As.admin(() -> runs.runs(course))).hasSize(1);
        assertThat(As.admin(() -> sessions.sessions(run.id()))).extracting(s -> s.zone().getId())
                .containsExactly("America/Mexico_City", "America/Cancun");
        assertThat(samples.load("no-such-course")).isFalse();
    }
}
