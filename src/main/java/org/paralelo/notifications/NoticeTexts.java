package org.paralelo.notifications;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.programme.SessionTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notice's excerpt in a given language from its facts, when it is read (in the app, in the reader's
 * language of the moment) or mailed (in the language at sending time). The kinds about an on-site session build
 * it from the session's facts; the others' excerpts are what people wrote (a post, a reason, a summary) and stay
 * as entered. Rows written before facts were kept show their stored excerpt: history is not rewritten.
 */
@Component
class NoticeTexts {

    /** A notice is read days later: the weekday and the full date, the time as each language writes it. */
    private static final DateTimeFormatter SPANISH = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy, HH:mm",
            Languages.SPANISH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a",
            Languages.ENGLISH);

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The excerpt to show; {@code stored} when the kind has no words of the app's own or the facts are lacking. */
    String excerpt(NoticeKind kind, String stored, @Nullable String facts, Locale language) {
        NoticeFacts read = NoticeFacts.decode(facts);
        if (read.isEmpty()) {
            return stored;
        }
        try {
            return switch (kind) {
                case SESSION_CHANGED, SESSION_CANCELLED, SEAT_GRANTED -> session(read, language, stored);
                case MOVED_TO_WAIT_LIST -> read.place().map(place -> messages.getMessage("notice.wait-list-place",
                        new Object[] {place}, language) + " · " + session(read, language, stored)).orElse(stored);
                default -> stored;
            };
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            return stored;
        }
    }

    private static String session(NoticeFacts facts, Locale language, String stored) {
        return facts.starts().map(starts -> sessionLine(starts, facts.venue(), language)).orElse(stored);
    }

    /**
     * Date and time as the venue reads them, then the zone by its name (people may live in another one), then
     * the venue, in the reader's language.
     */
    static String sessionLine(ZonedDateTime starts, String venue, Locale language) {
        DateTimeFormatter when = "en".equals(language.getLanguage()) ? ENGLISH : SPANISH;
        return when.format(starts) + " (" + SessionTimes.zoneName(starts.getZone(), language) + ") · " + venue;
    }
}
