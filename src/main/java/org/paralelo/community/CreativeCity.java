package org.paralelo.community;

import org.paralelo.people.MexicanState;

/**
 * One of Mexico's UNESCO Creative Cities (the Mexican Network of Creative Cities): its name, state, the UNESCO
 * field it was designated for and the year.
 */
public record CreativeCity(String code, String name, MexicanState state, String unescoField, int designated) {

    /** Message key of the UNESCO field, e.g. {@code creative-city.field.DESIGN}. */
    public String fieldKey() {
        return "creative-city.field." + unescoField;
    }
}
