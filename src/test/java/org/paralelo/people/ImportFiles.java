package org.paralelo.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds participant CSV files for the import tests, with the header the tests map by name. */
final class ImportFiles {

    static final String HEADER = "Nombre,Correo,Usuario,Cargo,Estado,Municipio,Región,Idioma";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    ImportFiles row(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add("\"" + cell.replace("\"", "\"\"") + "\"");
        }
        lines.add(String.join(",", quoted));
        return this;
    }

    /** The line number the next row will have in the file (the header is line 1). */
    int nextLine() {
        return lines.size() + 1;
    }

    byte[] bytes() {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
