package org.paralelo.people;

import java.util.Arrays;
import java.util.Optional;

/** Creative fields a person works in; several may apply. */
public enum CreativeField {
    PERFORMING_ARTS, MUSIC, DANCE, VISUAL_ARTS, LITERATURE, CINEMA_AND_AUDIOVISUAL, PHOTOGRAPHY, DESIGN,
    CRAFTS, HERITAGE, GASTRONOMY, DIGITAL_MEDIA, CULTURAL_MANAGEMENT, OTHER;

    public String messageKey() {
        return "creative-field." + name();
    }

    public static Optional<CreativeField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }
}
