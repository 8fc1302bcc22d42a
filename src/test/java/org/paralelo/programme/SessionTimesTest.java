package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.MexicanState;

/** Venue zones from the state, and a session's time read from other zones, across a daylight-saving change. */
class SessionTimesTest {

    static final ZoneId CENTRAL = ZoneId.of("America/Mexico_City");

    @Test
    void each_state_gets_its_zone_with_sonora_quintana_roo_and_baja_california_apart() {
        assertThat(VenueZones.of(MexicanState.OAX)).isEqualTo(CENTRAL);
        assertThat(VenueZones.of(MexicanState.SON)).isEqualTo(ZoneId.of("America/Hermosillo"));
        assertThat(VenueZones.of(MexicanState.ROO)).isEqualTo(ZoneId.of("America/Cancun"));
        assertThat(VenueZones.of(MexicanState.BCN)).isEqualTo(ZoneId.of("America/Tijuana"));
        assertThat(VenueZones.of(MexicanState.SIN)).isEqualTo(ZoneId.of("America/Mazatlan"));
        assertThat(VenueZones.of(null)).isEqualTo(CENTRAL);
        for (MexicanState state : MexicanState.values()) {
            assertThat(VenueZones.of(state)).as(state.name()).isNotNull();
        }
    }

    @Test
    void a_tijuana_session_at_ten_reads_twelve_in_mexico_city_before_the_us_change_and_eleven_after() {
        ZoneId tijuana = VenueZones.of(MexicanState.BCN);
        // The United States (and Baja California) move their clocks on Sunday 14 March 2027; central Mexico
        // no longer does, since 2022.
        SessionTimes.Shown before = shown(tijuana, LocalDate.of(2027, 3, 13), CENTRAL, Languages.SPANISH);
        SessionTimes.Shown after = shown(tijuana, LocalDate.of(2027, 3, 15), CENTRAL, Languages.SPANISH);

        assertThat(plain(before.start())).isEqualTo("12:00 p.m.");
        assertThat(plain(after.start())).isEqualTo("11:00 a.m.");
        assertThat(before.zoneName()).isEqualTo("hora central");
        assertThat(after.date()).isEqualTo("lunes, 15 de marzo de 2027");
    }

    @Test
    void the_zone_is_named_only_when_the_clocks_differ_at_that_moment() {
        ZoneId hermosillo = VenueZones.of(MexicanState.SON);
        ZoneId tijuana = VenueZones.of(MexicanState.BCN);
        // Sonora keeps UTC-7 all year; Tijuana is UTC-8 in winter and UTC-7 in summer.
        assertThat(shown(tijuana, LocalDate.of(2027, 7, 1), hermosillo, Locale.ENGLISH).zoneName())
                .as("summer: same clock").isNull();
        assertThat(shown(tijuana, LocalDate.of(2027, 1, 15), hermosillo, Locale.ENGLISH).zoneName())
                .as("winter: an hour apart").isEqualTo("Mexican Pacific Time");
        assertThat(shown(CENTRAL, LocalDate.of(2027, 1, 15), CENTRAL, Locale.ENGLISH).zoneName()).isNull();
        SessionTimes.Shown inCancun = shown(CENTRAL, LocalDate.of(2027, 1, 15), VenueZones.of(MexicanState.ROO),
                Locale.ENGLISH);
        assertThat(plain(inCancun.start() + "–" + inCancun.end())).isEqualTo("11:00 AM–1:00 PM");
        assertThat(inCancun.zoneName()).isEqualTo("Eastern Time");
    }

    /** Java's locale data puts narrow no-break spaces before "a.m."; compared as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static SessionTimes.Shown shown(ZoneId venue, LocalDate day, ZoneId viewer, Locale locale) {
        return SessionTimes.in(ZonedDateTime.of(day, LocalTime.of(10, 0), venue),
                ZonedDateTime.of(day, LocalTime.of(12, 0), venue), viewer, locale);
    }
}
