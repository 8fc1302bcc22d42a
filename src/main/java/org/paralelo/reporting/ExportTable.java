package org.paralelo.reporting;

/** The dashboard tables that can be downloaded; {@link #PEOPLE} lists every person of the place with progress. */
public enum ExportTable {
    TARGETS, PLACES, POSITIONS, COURSES, PEOPLE;

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
