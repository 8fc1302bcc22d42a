package org.paralelo.learning.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.paralelo.courses.CourseId;

/** Reads ids from route parameters; anything malformed is simply "not found". */
final class RouteIds {

    private RouteIds() {
    }

    static CourseId course(BeforeEnterEvent event) {
        return new CourseId(event.getRouteParameters().get("courseId").filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong).orElseThrow(NotFoundException::new));
    }

    static String key(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(v -> v.matches("[A-Za-z0-9-]{1,40}"))
                .orElseThrow(NotFoundException::new);
    }
}
