package org.paralelo.reporting;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonFacts;

/**
 * Where a dashboard looks: the whole programme (as far as the caller's regions reach), a region, a state of it or a
 * municipality of that state. Each level's table lists the next: regions, states, municipalities, people.
 */
public record Place(@Nullable Long regionId, @Nullable MexicanState state, @Nullable String municipality) {

    public static final Place PROGRAMME = new Place(null, null, null);

    public static Place region(long regionId) {
        return new Place(regionId, null, null);
    }

    public Place state(MexicanState next) {
        return new Place(regionId, next, null);
    }

    public Place municipality(String next) {
        return new Place(regionId, state, next);
    }

    public Level level() {
        if (municipality != null) {
            return Level.MUNICIPALITY;
        }
        if (state != null) {
            return Level.STATE;
        }
        return regionId != null ? Level.REGION : Level.PROGRAMME;
    }

    /** Whether a person lives here. */
    public boolean contains(PersonFacts person) {
        return (regionId == null || regionId.equals(person.regionId()))
                && (state == null || state == person.state())
                && (municipality == null || municipality.strip().toLowerCase(Locale.ROOT).equals(
                        person.municipality() == null ? null : person.municipality().strip().toLowerCase(Locale.ROOT)));
    }

    /** How deep a place is; each level's table lists the one below. */
    public enum Level { PROGRAMME, REGION, STATE, MUNICIPALITY }
}
