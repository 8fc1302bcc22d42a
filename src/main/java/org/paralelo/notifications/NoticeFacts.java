package org.paralelo.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a notice's words are made of besides its stored columns (when a session starts and where, the place on
 * the wait list), kept as {@code key=value} lines so the words can be written in the reader's language when the
 * notice is read. Values are single lines: the writer strips control characters, and a venue is cut to
 * {@link #MAX_VALUE}, so the whole stays far below the column's {@link #MAX_LENGTH}.
 */
record NoticeFacts(Map<String, String> values) {

    static final int MAX_LENGTH = 600;
    static final int MAX_VALUE = 200;
    static final NoticeFacts NONE = new NoticeFacts(Map.of());

    private static final String STARTS = "starts";
    private static final String ZONE = "zone";
    private static final String VENUE = "venue";
    private static final String PLACE = "place";

    NoticeFacts {
        values = Map.copyOf(values);
    }

    /** An on-site session: its start in the venue's zone, and the venue as entered. */
    static NoticeFacts session(ZonedDateTime starts, String venue) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(STARTS, starts.toInstant().toString());
        values.put(ZONE, starts.getZone().getId());
        values.put(VENUE, NoticeWriter.cut(venue, MAX_VALUE));
        return new NoticeFacts(values);
    }

    NoticeFacts withPlace(int place) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(PLACE, Integer.toString(place));
        return new NoticeFacts(more);
    }

    Optional<ZonedDateTime> starts() {
        return Optional.ofNullable(values.get(STARTS)).flatMap(at -> Optional.ofNullable(values.get(ZONE))
                .map(zone -> Instant.parse(at).atZone(ZoneId.of(zone))));
    }

    String venue() {
        return values.getOrDefault(VENUE, "");
    }

    Optional<Integer> place() {
        return Optional.ofNullable(values.get(PLACE)).map(Integer::valueOf);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The column's text; {@code null} when there is nothing to keep (the notice's words are all in its columns). */
    @Nullable String encode() {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** Reads the column back; a row written before facts were kept (or unreadable ones) has none. */
    static NoticeFacts decode(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return new NoticeFacts(values);
    }
}
