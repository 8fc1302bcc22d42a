package org.paralelo.programme;

import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonRef;

/**
 * One line of a session's roll call: a person with a seat, or a walk-in (a member of the run who came without
 * registering), their municipality and their mark so far (null: not marked yet).
 */
public record RollCallEntry(PersonRef person, @Nullable String municipality, boolean walkIn,
                            @Nullable AttendanceMark mark, @Nullable AttendanceSource source) {
}
