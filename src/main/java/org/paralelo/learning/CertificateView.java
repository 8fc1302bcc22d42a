package org.paralelo.learning;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/** A certificate as its owner and admins see it. */
public record CertificateView(String code, CourseId course, String courseTitle, String personName, int hours,
                              Locale language, Instant issuedAt, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
