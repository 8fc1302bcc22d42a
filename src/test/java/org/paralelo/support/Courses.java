package org.paralelo.support;

import java.util.Set;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;

/** Builds small real courses through the authoring service, as a trainer would. */
public final class Courses {

    public static final String[] TRAINER = {"TRAINER"};

    private Courses() {
    }

    public static CourseDetails details(String title) {
        return new CourseDetails(title, "Un curso para probar.", "es-MX", 6, Set.of("gestion-empresarial"), null);
    }

    /** A course with one module holding one lesson with text; returns the course, as the given trainer. */
    public static CourseId withOneLesson(CourseAuthoringService authoring, String trainer, String title) {
        return As.user(trainer, TRAINER, () -> {
            CourseId course = authoring.createCourse(details(title));
            String module = authoring.addModule(course, "Módulo 1", "Comprender los costos");
            String lesson = authoring.addItem(course, module, ItemKind.LESSON, "Costos fijos y variables", true);
            authoring.saveLesson(course, lesson, "## Costos\n\nLos costos fijos no cambian con la producción.",
                    authoring.lesson(course, lesson).version());
            return course;
        });
    }
}
