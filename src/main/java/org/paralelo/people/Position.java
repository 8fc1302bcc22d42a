package org.paralelo.people;

import java.util.Arrays;
import java.util.Optional;

/** A person's position in municipal cultural life, used to group learners in reports and enrolments. */
public enum Position {
    MUNICIPAL_CULTURE_DIRECTOR,
    MUNICIPAL_CULTURE_STAFF,
    CASA_DE_CULTURA_COORDINATOR,
    CULTURAL_PROMOTER,
    ARTIST_OR_CREATOR,
    ARTISAN,
    WORKSHOP_TEACHER,
    INDEPENDENT_CULTURAL_MANAGER,
    OTHER;

    public String messageKey() {
        return "position." + name();
    }

    public static Optional<Position> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
