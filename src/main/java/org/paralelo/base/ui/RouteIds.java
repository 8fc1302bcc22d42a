package org.paralelo.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/** Reads ids from route and query parameters; anything malformed is simply "not found". */
public final class RouteIds {

    private static final String ID = "\\d{1,18}";
    private static final String KEY = "[A-Za-z0-9-]{1,40}";

    private RouteIds() {
    }

    /** A numeric id in the route, e.g. {@code courseId}; not found when missing or malformed. */
    public static long id(BeforeEnterEvent event, String parameter) {
        return optionalId(event, parameter).orElseThrow(NotFoundException::new);
    }

    public static Optional<Long> optionalId(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(v -> v.matches(ID)).map(Long::parseLong);
    }

    /** An item key in the route, e.g. {@code itemKey}; not found when missing or malformed. */
    public static String key(BeforeEnterEvent event, String parameter) {
        return optionalKey(event, parameter).orElseThrow(NotFoundException::new);
    }

    public static Optional<String> optionalKey(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(v -> v.matches(KEY));
    }

    /** A numeric query parameter, e.g. {@code ?intento=12}: empty when absent, not found when malformed. */
    public static Optional<Long> queryId(BeforeEnterEvent event, String parameter) {
        Optional<String> value = event.getLocation().getQueryParameters().getSingleParameter(parameter);
        return value.isEmpty() ? Optional.empty()
                : Optional.of(value.filter(v -> v.matches(ID)).map(Long::parseLong).orElseThrow(NotFoundException::new));
    }
}
