package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.AccountService;
import org.paralelo.people.MailContact;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice's own words (session date, time, zone name, place on the wait list) follow the language its reader
 * reads in now, not the one they had when it was written; what people wrote stays as written, and rows written
 * before facts were kept show their stored text.
 */
@ParaleloSpringTest
@Tag("persistence")
class NoticeLanguageTest {

    static final String[] LEARNER = {"LEARNER"};
    static final ZonedDateTime THURSDAY_SIX_PM = ZonedDateTime.of(2026, 3, 5, 18, 0, 0, 0,
            ZoneId.of("America/Merida"));
    static final String VENUE = "Centro Cultural Olimpo, Mérida";

    @Autowired AccountService accounts;
    @Autowired ProfileService profiles;
    @Autowired NoticeService notices;
    @Autowired NoticeWriter writer;
    @Autowired NoticeTexts texts;
    @Autowired MailTemplates templates;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_notice_written_in_spanish_reads_in_english_after_the_switch_and_in_spanish_again_after_switching_back() {
        String reader = People.uniqueUsername("cambia");
        PersonId id = People.create(accounts, reader, Role.LEARNER);
        write(id, NoticeKind.MOVED_TO_WAIT_LIST, "Taller de máscaras",
                NoticeFacts.session(THURSDAY_SIX_PM, VENUE).withPlace(2));
        assertThat(mine(reader).excerpt()).isEqualTo("Lugar 2 en la lista de espera · jueves 5 de marzo de 2026, "
                + "18:00 (" + zone("es") + ") · " + VENUE);

        As.user(reader, LEARNER, () -> profiles.setMyLanguage(Languages.ENGLISH));
        NoticeView english = mine(reader);
        assertThat(english.excerpt()).isEqualTo("Place 2 on the wait list · Thursday, March 5, 2026, 6:00 PM ("
                + zone("en") + ") · " + VENUE);
        assertThat(english.subject()).as("the title as entered").isEqualTo("Taller de máscaras");

        As.user(reader, LEARNER, () -> profiles.setMyLanguage(Languages.SPANISH));
        assertThat(mine(reader).excerpt()).startsWith("Lugar 2 en la lista de espera · jueves 5 de marzo de 2026");
        assertThat(As.user(reader, LEARNER, () -> notices.mine(0, 10, Locale.forLanguageTag("en-US"))))
                .as("the screen's language wins over the profile's").singleElement()
                .satisfies(n -> assertThat(n.excerpt()).startsWith("Place 2 on the wait list · Thursday, March 5"));
    }

    @Test
    void rows_without_facts_or_with_unreadable_ones_show_the_text_stored_when_they_were_written() {
        String reader = People.uniqueUsername("historia");
        PersonId id = People.create(accounts, reader, Role.LEARNER);
        String old = "jueves 1 de enero de 2026, 10:00 (hora del centro) · Sala A";
        new TransactionTemplate(transactions).executeWithoutResult(status -> writer.write(List.of(id),
                new NoticeWriter.Notice(NoticeKind.SESSION_CHANGED, "test:old:" + id.value(), "", "Sesión vieja", old,
                        "mi-agenda")));
        assertThat(jdbc.queryForObject("select facts from notice where person_id = ?", String.class, id.value()))
                .isNull();
        As.user(reader, LEARNER, () -> profiles.setMyLanguage(Languages.ENGLISH));
        assertThat(mine(reader).excerpt()).isEqualTo(old);

        for (String garbage : List.of("place=1\nstarts=ayer\nzone=America/Merida\n",
                "place=1\nstarts=2026-03-05T00:00:00Z\nzone=Marte\n",
                "place=uno\nstarts=2026-03-05T00:00:00Z\nzone=UTC\n", "=\n==\nsin igual\n")) {
            jdbc.update("update notice set kind = 'MOVED_TO_WAIT_LIST', facts = ? where person_id = ?", garbage,
                    id.value());
            assertThat(mine(reader).excerpt()).as(garbage).isEqualTo(old);
        }
    }

    @Test
    void hostile_titles_and_venues_are_kept_as_text_and_a_mail_escapes_them() {
        String reader = People.uniqueUsername("hostil");
        PersonId id = People.create(accounts, reader, Role.LEARNER);
        String title = "<script>alert('t')</script>";
        String venue = "<img src=x onerror=alert(1)>\"'&";
        write(id, NoticeKind.SESSION_CANCELLED, title, NoticeFacts.session(THURSDAY_SIX_PM, venue));
        NoticeView notice = mine(reader);
        assertThat(notice.subject()).isEqualTo(title);
        assertThat(notice.excerpt()).endsWith(" · " + venue);

        MailContact to = new MailContact(id, reader, reader + "@example.org", "Hostil", Languages.ENGLISH);
        MailTemplates.Rendered mail = templates.renderNotice(new MailTemplates.MailedNotice(notice.kind(), "",
                title, "", NoticeFacts.session(THURSDAY_SIX_PM, venue).encode()), to, "https://x/mi-agenda", null);
        assertThat(mail.html()).doesNotContain("<script>", "<img").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(mail.text()).contains("Thursday, March 5, 2026, 6:00 PM", venue);
    }

    @Test
    void very_long_titles_and_venues_are_cut_whole_and_fit_their_columns() {
        String reader = People.uniqueUsername("larga");
        PersonId id = People.create(accounts, reader, Role.LEARNER);
        // The emoji straddles the cut: half of it would be an unpaired surrogate, unreadable text.
        String title = "a".repeat(NoticeWriter.MAX_TEXT - 2) + "😀" + "b".repeat(500);
        String venue = "Sala ".repeat(400) + "\n<b>fin</b>";
        write(id, NoticeKind.SESSION_CHANGED, title, NoticeFacts.session(THURSDAY_SIX_PM, venue));
        NoticeView notice = mine(reader);
        assertThat(notice.subject()).as("cut before the emoji, not through it")
                .isEqualTo("a".repeat(NoticeWriter.MAX_TEXT - 2) + "…");
        String facts = jdbc.queryForObject("select facts from notice where person_id = ?", String.class, id.value());
        assertThat(facts).hasSizeLessThanOrEqualTo(NoticeFacts.MAX_LENGTH).doesNotContain("fin");
        assertThat(notice.excerpt()).contains("Sala Sala").endsWith("…");
    }

    private void write(PersonId person, NoticeKind kind, String title, NoticeFacts facts) {
        String spanish = texts.excerpt(kind, "", facts.encode(), Languages.SPANISH);
        new TransactionTemplate(transactions).executeWithoutResult(status -> writer.write(List.of(person),
                new NoticeWriter.Notice(kind, "test:" + kind + ":" + person.value(), "", title, spanish, "mi-agenda",
                        facts)));
    }

    private NoticeView mine(String reader) {
        List<NoticeView> found = As.user(reader, LEARNER, () -> notices.mine(0, 10));
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String zone(String language) {
        return org.paralelo.programme.SessionTimes.zoneName(THURSDAY_SIX_PM.getZone(), Locale.forLanguageTag(language));
    }
}
