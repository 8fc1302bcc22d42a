package org.paralelo.base;

import java.time.ZoneId;

/** The programme's time zone: dates and times are shown, and calendar days counted, in central Mexico. */
public final class ProgrammeZone {

    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private ProgrammeZone() {
    }
}
