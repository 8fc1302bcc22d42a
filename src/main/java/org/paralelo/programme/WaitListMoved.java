package org.paralelo.programme;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonId;

/**
 * People moved between a session's seats and its wait list without asking for it: a freed seat (a cancellation)
 * or new seats (a raised capacity) went to the first people waiting, {@code seated}; a lowered capacity sent the
 * latest registered back to the wait list, {@code waiting}, each with their place on it (from 1) once the move was
 * made. {@code starts} is in the venue's zone and {@code venue} is its name and municipality, so a notice can say
 * when and where without asking programme. {@code move} names this one move, so two moves of a session within the
 * same millisecond are told apart and a replayed event (stored as JSON, the same {@code move}) is the same move;
 * it is null only in events stored before it existed, which {@code at} tells apart as it did then.
 */
public record WaitListMoved(SessionId session, String title, ZonedDateTime starts, String venue,
                            Set<PersonId> seated, List<Waiting> waiting, Instant at, @Nullable UUID move) {

    public WaitListMoved {
        seated = Set.copyOf(seated);
        waiting = List.copyOf(waiting);
    }

    /** Someone sent back to the wait list and their place on it (a list, not a map: the event is stored as JSON). */
    public record Waiting(PersonId person, int place) {
    }
}
