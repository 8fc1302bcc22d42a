package org.paralelo.learning;

import java.time.LocalDate;

/** What the public verification page shows, and nothing else. */
public record Verification(boolean valid, String personName, String courseTitle, LocalDate issuedOn) {
}
