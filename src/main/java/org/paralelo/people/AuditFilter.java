package org.paralelo.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an admin narrows the audit log to; nulls and blanks mean "any". {@code to} is exclusive. */
public record AuditFilter(@Nullable AuditAction action, String actor, @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, "", null, null);
}
