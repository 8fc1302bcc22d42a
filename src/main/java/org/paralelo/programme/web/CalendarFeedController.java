package org.paralelo.programme.web;

import org.paralelo.programme.AgendaService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendario/{token}.ics}: a person's sessions as an iCalendar feed, for calendar apps that subscribe
 * without signing in. The token is the key; anything unknown, malformed or revoked is a plain 404. Calendars may
 * keep a private copy but ask again each time, so a change or cancellation reaches them on their next poll.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final AgendaService agenda;

    CalendarFeedController(AgendaService agenda) {
        this.agenda = agenda;
    }

    @GetMapping("/calendario/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return agenda.feed(token).map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Referrer-Policy", "no-referrer")
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
