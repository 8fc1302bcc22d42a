package org.paralelo.learning;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;

/** A certificate as its owner and admins see it: {@code hours} online, {@code onSiteMinutes} on site (or null). */
public record CertificateView(String code, CourseId course, String courseTitle, String personName, int hours,
                              Locale language, Instant issuedAt, @Nullable Instant revokedAt,
                              @Nullable Integer onSiteMinutes) {

    /** A certificate with online hours only. */
    public CertificateView(String code, CourseId course, String courseTitle, String personName, int hours,
                           Locale language, Instant issuedAt, @Nullable Instant revokedAt) {
        this(code, course, courseTitle, personName, hours, language, issuedAt, revokedAt, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
