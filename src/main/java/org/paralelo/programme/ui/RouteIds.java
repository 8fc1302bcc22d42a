package org.paralelo.programme.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.paralelo.courses.CourseId;
import org.paralelo.programme.RunId;
import org.paralelo.programme.SeriesId;
import org.paralelo.programme.SessionId;

/** Programme's typed ids from route parameters, read by {@link org.paralelo.base.ui.RouteIds}. */
final class RouteIds {

    private RouteIds() {
    }

    static CourseId course(BeforeEnterEvent event) {
        return new CourseId(number(event, "courseId"));
    }

    static RunId run(BeforeEnterEvent event) {
        return new RunId(number(event, "runId"));
    }

    static SessionId session(BeforeEnterEvent event) {
        return new SessionId(number(event, "sessionId"));
    }

    static SeriesId series(BeforeEnterEvent event) {
        return new SeriesId(number(event, "seriesId"));
    }

    private static long number(BeforeEnterEvent event, String parameter) {
        return org.paralelo.base.ui.RouteIds.id(event, parameter);
    }
}
