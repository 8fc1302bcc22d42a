package org.paralelo.people;

/** A programme region as listed in forms and reports. */
public record RegionView(long id, String name, int sortOrder, long version) {
}
