package org.paralelo.people;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a column of a participant file can hold. Each field knows header names people use for it in Spanish and
 * English (compared folded: no case, accents or spacing), for the first guess of the column mapping.
 */
public enum ImportField {
    FULL_NAME(true, "nombre", "nombre completo", "nombre y apellidos", "name", "full name", "participante"),
    EMAIL(true, "correo", "correo electronico", "e-mail", "email", "mail", "email address", "correo-e"),
    USERNAME(false, "usuario", "nombre de usuario", "username", "user", "login"),
    POSITION(false, "cargo", "puesto", "posicion", "position", "role", "job title"),
    STATE(false, "estado", "entidad", "entidad federativa", "state"),
    MUNICIPALITY(false, "municipio", "ciudad", "municipality", "city", "town"),
    REGION(false, "region", "zona", "region del programa"),
    LANGUAGE(false, "idioma", "lengua", "idioma preferido", "language", "preferred language");

    private final boolean required;
    private final List<String> headerNames;

    ImportField(boolean required, String... headerNames) {
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    /** Without a column for it, nothing can be imported. */
    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "import.field." + name();
    }

    /** The field a header most likely names, if any. */
    public static Optional<ImportField> guess(String header) {
        String folded = MunicipalityNames.fold(header.replace('_', ' '));
        return Arrays.stream(values()).filter(f -> f.headerNames.contains(folded)).findFirst();
    }
}
