package org.paralelo.reporting;

import org.jspecify.annotations.Nullable;
import org.paralelo.people.Position;

/** Whom the programme counts against its targets: municipal culture directors, and every other practitioner. */
public enum Audience {
    DIRECTORS, PRACTITIONERS;

    public static Audience of(@Nullable Position position) {
        return position == Position.MUNICIPAL_CULTURE_DIRECTOR ? DIRECTORS : PRACTITIONERS;
    }

    public String messageKey() {
        return "reporting.audience." + name();
    }
}
