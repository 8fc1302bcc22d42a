package org.paralelo.people;

import java.util.List;

/** The whole file as it would be imported now: a row per non-empty line. */
public record ImportPreview(List<ImportRowPreview> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<ImportProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
