package org.paralelo.people;

import java.util.List;

/** What will happen to one row of the file, with who it is and, for an error, every problem found. */
public record ImportRowPreview(int line, ImportOutcome outcome, String fullName, String email, String username,
                               List<ImportProblem> problems) {

    public ImportRowPreview {
        problems = List.copyOf(problems);
    }
}
