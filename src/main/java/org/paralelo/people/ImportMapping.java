package org.paralelo.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Which field each column of the file goes to, by column position; null for a column left out. */
public record ImportMapping(List<@Nullable ImportField> columns) {

    public ImportMapping {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /** The zero-based column mapped to a field (the first, if the admin mapped two). */
    public OptionalInt columnOf(ImportField field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == field) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public Optional<ImportField> fieldAt(int column) {
        return column < columns.size() ? Optional.ofNullable(columns.get(column)) : Optional.empty();
    }

    public boolean maps(ImportField field) {
        return columnOf(field).isPresent();
    }

    /** The first guess for these headers: each to the field its name suggests, each field at most once. */
    public static ImportMapping guess(List<String> headers) {
        List<@Nullable ImportField> guessed = new ArrayList<>();
        for (String header : headers) {
            ImportField field = ImportField.guess(header).filter(f -> !guessed.contains(f)).orElse(null);
            guessed.add(field);
        }
        return new ImportMapping(guessed);
    }
}
