package org.paralelo.media;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Stored bytes whose uploads have not settled yet (their rows are not committed), per SHA-256. Bytes are shared by
 * every row with the same content, so an upload whose transaction rolls back (a failed import, and every package
 * preview) may delete them only when no committed row uses them and no other upload has placed them since: else
 * a preview's rollback could take the bytes of an import of the same file running at the same time.
 */
@Component
final class PendingContent {

    @FunctionalInterface
    interface Placing {
        void run() throws IOException;
    }

    /** Uploads placed and not yet settled, and the number of the latest placement (placements only grow). */
    private record State(int holders, long lastPlacement) {
    }

    private final Map<String, State> states = new HashMap<>();
    private long placements;

    /** Places the bytes (under the same lock a deletion takes) and counts one more unsettled upload of them. */
    synchronized void place(String sha256, Placing placing) throws IOException {
        placing.run();
        State state = states.get(sha256);
        states.put(sha256, new State(state == null ? 1 : state.holders() + 1, ++placements));
    }

    /**
     * One upload of these bytes has settled: its row committed, or it rolled back. The last one to roll back deletes
     * the bytes, unless a committed row uses them (asked outside the lock, as it takes a database connection) or
     * another upload placed them meanwhile.
     */
    void settle(String sha256, boolean rolledBack, Predicate<String> committedRowExists, Consumer<String> delete) {
        long seen;
        synchronized (this) {
            State state = states.get(sha256);
            int holders = state == null ? 0 : state.holders() - 1;
            if (holders > 0) {
                states.put(sha256, new State(holders, state.lastPlacement()));
                return;
            }
            if (!rolledBack || state == null) {
                states.remove(sha256);
                return;
            }
            states.put(sha256, new State(0, state.lastPlacement()));
            seen = state.lastPlacement();
        }
        boolean used = committedRowExists.test(sha256);
        synchronized (this) {
            State state = states.get(sha256);
            if (state != null && state.holders() == 0 && state.lastPlacement() == seen) {
                states.remove(sha256);
                if (!used) {
                    delete.accept(sha256);
                }
            }
        }
    }

    /**
     * Deletes bytes whose rows are all gone (the orphaned-media sweep removed the last one), unless an upload of the
     * same bytes is settling or was placed while the rows were being counted (then the next sweep decides).
     */
    void deleteUnused(String sha256, Predicate<String> committedRowExists, Consumer<String> delete) {
        long seen;
        synchronized (this) {
            if (states.containsKey(sha256)) {
                return;
            }
            seen = placements;
        }
        boolean used = committedRowExists.test(sha256);
        synchronized (this) {
            if (!used && placements == seen && !states.containsKey(sha256)) {
                delete.accept(sha256);
            }
        }
    }

    /** How many contents are followed: none once every upload has settled. */
    synchronized int followed() {
        return states.size();
    }
}
