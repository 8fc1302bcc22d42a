package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

@ParaleloSpringTest
@Tag("persistence")
class DebateRecordServiceTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService seriesService;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired DebateRecordService records;
    @Autowired AgendaService agenda;
    @Autowired TestClock clock;

    SeriesFixture f;

    @BeforeEach
    void aSeriesWithTwoSessions() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
    }

    @Test
    void a_series_session_is_an_ordinary_session_registered_for_and_listed_in_the_agenda_under_the_series() {
        List<AgendaEntry> mine = As.user(f.participant, SeriesFixture.LEARNER, () -> agenda.myUpcoming());
        assertThat(mine).filteredOn(e -> e.session().id().equals(f.first)).singleElement().satisfies(e -> {
            assertThat(e.runName()).isEqualTo("Diálogos por el acceso a la cultura");
            assertThat(e.course()).isNull();
            assertThat(e.session().series()).isEqualTo(f.series);
            assertThat(e.registration()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(e.path()).isEqualTo(ProgrammePaths.series(f.series));
        });
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> seriesService.sessions(f.series)))
                .extracting(SessionSummary::title).containsExactly("Taller 1: diagnóstico", "Taller 2: seguimiento");
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> seriesService.series(f.series)))
                .satisfies(s -> {
                    assertThat(s.sessions()).isEqualTo(2);
                    assertThat(s.organisations()).isEqualTo(2);
                });
    }

    @Test
    void minutes_are_kept_with_their_author_and_a_stale_edit_is_refused() {
        MinutesView none = As.user(f.participant, SeriesFixture.LEARNER, () -> records.minutes(f.first));
        assertThat(none.markdown()).isEmpty();
        assertThat(none.version()).isEqualTo(-1);
        MinutesView written = As.user(f.organiser, Courses.TRAINER,
                () -> records.saveMinutes(f.first, "## Asistentes\n\nVeinte consejos **presentes**.", -1));
        assertThat(written.safeHtml()).contains("<strong>presentes</strong>");
        assertThat(written.author()).contains(f.organiser);
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER,
                () -> records.saveMinutes(f.first, "otra versión", -1))).isInstanceOf(StaleDataException.class);
        assertThat(As.user(f.participant, SeriesFixture.LEARNER, () -> records.minutes(f.first)).markdown())
                .startsWith("## Asistentes");
    }

    @Test
    void empty_minutes_and_agreements_without_text_are_refused_with_a_field_message() {
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER, () -> records.saveMinutes(f.first, "  ", -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, on("minutes"));
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER,
                () -> records.agree(f.first, new AgreementDraft(" ", null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, on("text"));
    }

    @Test
    void only_people_taking_part_in_the_series_may_answer_for_an_agreement() {
        LocalDate held = sessionDate(f.first);
        PersonId outsider = LearningFixture.learnerId(accounts, f.outsider);
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER, () -> records.agree(f.first,
                new AgreementDraft("Pedir el foro", outsider, null, held))))
                .isInstanceOfSatisfying(InvalidInputException.class, on("responsible"));
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> records.responsibleCandidates(f.series)))
                .extracting(PersonRef::id).containsExactlyInAnyOrder(f.organiserId, f.participantId);

        As.user(f.organiser, Courses.TRAINER, () -> {
            records.agree(f.first, new AgreementDraft("Pedir el foro", f.participantId, null, held));
            records.agree(f.first, new AgreementDraft("Convocar a la alcaldía", f.organiserId, null, held));
        });
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> records.agreements(f.series, Set.of()))).hasSize(2);
    }

    @Test
    void a_due_date_before_the_session_and_two_responsibles_are_refused() {
        LocalDate held = sessionDate(f.first);
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER, () -> records.agree(f.first,
                new AgreementDraft("Pedir el foro", null, f.council, held.minusDays(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, on("due"));
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER, () -> records.agree(f.first,
                new AgreementDraft("Pedir el foro", f.participantId, f.council, held))))
                .isInstanceOfSatisfying(InvalidInputException.class, on("responsible"));
    }

    @Test
    void agreements_across_the_series_list_pending_first_with_follow_ups_and_overdue_ones_flagged() {
        LocalDate held = sessionDate(f.first);
        AgreementId forum = agree("Solicitar el foro del parque para la feria", f.council, held.plusDays(3));
        AgreementId map = agree("Levantar el mapa de espacios culturales", f.otherCouncil, held.plusDays(20));
        AgreementId mural = agree("Proponer un mural comunitario", null, null);
        As.user(f.organiser, Courses.TRAINER, () -> {
            records.followUp(mural, f.second, "La colonia prefirió otra acción.", AgreementStatus.DROPPED, 0);
            records.followUp(map, f.second, "Van ocho de veinte consejos.", AgreementStatus.IN_PROGRESS, 0);
        });
        clock.advance(Duration.ofDays(11));
        List<AgreementView> all = As.user(f.participant, SeriesFixture.LEARNER,
                () -> records.agreements(f.series, Set.of()));
        assertThat(all).extracting(AgreementView::id).containsExactly(forum, map, mural);
        assertThat(all.get(0).overdue()).as("open and past its due date").isTrue();
        assertThat(all.get(1).overdue()).isFalse();
        assertThat(all.get(2).overdue()).as("dropped is never overdue").isFalse();
        assertThat(all.get(1).notes()).singleElement().satisfies(n -> {
            assertThat(n.before()).isEqualTo(AgreementStatus.OPEN);
            assertThat(n.after()).isEqualTo(AgreementStatus.IN_PROGRESS);
            assertThat(n.sessionTitle()).isEqualTo("Taller 2: seguimiento");
            assertThat(n.text()).isEqualTo("Van ocho de veinte consejos.");
        });
        assertThat(As.user(f.coordinator, org.paralelo.support.Coordinators.COORDINATOR,
                () -> records.agreements(f.series, Set.of(AgreementStatus.DROPPED))))
                .extracting(AgreementView::id).containsExactly(mural);
        assertThat(As.user(f.organiser, Courses.TRAINER, () -> seriesService.series(f.series)).pendingAgreements())
                .isEqualTo(2);
    }

    @Test
    void a_follow_up_without_a_note_or_a_status_change_or_from_another_series_is_refused() {
        AgreementId forum = agree("Solicitar el foro", f.council, null);
        assertThatThrownBy(() -> As.user(f.organiser, Courses.TRAINER,
                () -> records.followUp(forum, f.second, " ", AgreementStatus.OPEN, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, on("note"));
        SeriesFixture other = new SeriesFixture(accounts, regions, seriesService, sessions, organisations,
                registration, clock);
        assertThatThrownBy(() -> As.admin(() -> records.followUp(forum, other.first, "x", AgreementStatus.DONE, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, on("session"));
    }

    @Test
    void the_csv_export_starts_with_a_bom_neutralises_formulas_and_speaks_the_readers_language() {
        agree("=HYPERLINK(\"http://x\",\"clic\")", f.council, null);
        agree("Difundir la convocatoria en la radio comunitaria", null, null);
        byte[] es = As.user(f.participant, SeriesFixture.LEARNER,
                () -> records.exportCsv(f.series, Locale.forLanguageTag("es-MX")));
        assertThat(Arrays.copyOf(es, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(es, StandardCharsets.UTF_8);
        assertThat(text).contains("Acuerdo,Responsable").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK")
                .contains("Consejo Vecinal Centro").contains("Difundir la convocatoria");
        String en = new String(As.user(f.organiser, Courses.TRAINER,
                () -> records.exportCsv(f.series, Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertThat(en).contains("Agreement,Responsible").contains("Open");
    }

    @Test
    void the_pdf_export_lists_the_agreements_in_the_readers_language() throws IOException {
        agree("Solicitar el foro del parque", f.council, sessionDate(f.first).plusDays(2));
        assertThat(pdfText(As.user(f.organiser, Courses.TRAINER,
                () -> records.exportPdf(f.series, Locale.forLanguageTag("es-MX")))))
                .contains("Acuerdos de la serie", "Diálogos por el acceso a la cultura", "Solicitar el foro del parque",
                        "Consejo Vecinal Centro", "Abierto");
        assertThat(pdfText(As.user(f.coordinator, org.paralelo.support.Coordinators.COORDINATOR,
                () -> records.exportPdf(f.series, Locale.ENGLISH)))).contains("Agreements of the series", "Open");
    }

    @Test
    void hostile_markdown_in_minutes_comes_back_inert() {
        long version = -1;
        for (String payload : HtmlSafety.payloads()) {
            if (payload.isBlank()) {
                continue;
            }
            long seen = version;
            MinutesView saved = As.user(f.organiser, Courses.TRAINER,
                    () -> records.saveMinutes(f.first, payload, seen));
            HtmlSafety.assertInert(saved.safeHtml(), payload);
            version = saved.version();
        }
        assertThat(version).isGreaterThan(50);
    }

    private AgreementId agree(String text, OrganisationId organisation, LocalDate due) {
        return As.user(f.organiser, Courses.TRAINER,
                () -> records.agree(f.first, new AgreementDraft(text, null, organisation, due)));
    }

    private LocalDate sessionDate(SessionId session) {
        return As.admin(() -> sessions.session(session)).starts().toLocalDate();
    }

    private static Consumer<InvalidInputException> on(String field) {
        return refused -> assertThat(refused.concerns(field)).as("refused on %s", field).isTrue();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
