package org.paralelo.programme;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonRef;

/** One change of a mark, as kept: whose mark, the new mark (null: taken back), how, by whom and when. */
public record AttendanceChangeView(PersonRef person, @Nullable AttendanceMark mark, AttendanceSource source,
                                   String changedBy, Instant changedAt) {
}
