package org.paralelo.programme;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.people.MexicanState;

/**
 * The time zone of a place in Mexico, by state. Four zones since the 2022 law: most states keep Central time
 * without daylight saving (America/Mexico_City); Quintana Roo is on Eastern time all year (America/Cancun);
 * Sonora on Mountain time without DST (America/Hermosillo); Baja California Sur, Sinaloa and Nayarit on Pacific
 * time without DST (America/Mazatlan); Baja California follows the United States, DST included (America/Tijuana).
 * Chihuahua is Central as a state (America/Chihuahua). A few border municipalities follow the US calendar; the
 * state's zone is what a venue gets, and the tz database supplies every rule.
 */
public final class VenueZones {

    private static final Map<MexicanState, ZoneId> ZONES = new EnumMap<>(MexicanState.class);

    static {
        for (MexicanState state : MexicanState.values()) {
            ZONES.put(state, ProgrammeZone.ZONE);
        }
        ZONES.put(MexicanState.ROO, ZoneId.of("America/Cancun"));
        ZONES.put(MexicanState.SON, ZoneId.of("America/Hermosillo"));
        ZONES.put(MexicanState.BCS, ZoneId.of("America/Mazatlan"));
        ZONES.put(MexicanState.SIN, ZoneId.of("America/Mazatlan"));
        ZONES.put(MexicanState.NAY, ZoneId.of("America/Mazatlan"));
        ZONES.put(MexicanState.BCN, ZoneId.of("America/Tijuana"));
        ZONES.put(MexicanState.CHH, ZoneId.of("America/Chihuahua"));
    }

    private VenueZones() {
    }

    /** The zone of a state; central Mexico when the state is unknown. */
    public static ZoneId of(@Nullable MexicanState state) {
        return state == null ? ProgrammeZone.ZONE : ZONES.get(state);
    }
}
