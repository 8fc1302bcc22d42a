package org.paralelo.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.people.PersonRef;
import org.paralelo.people.RegionService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organiser rewords an agreement or gives it to a person taking part in the series: a stale copy is refused,
 * bad input changes nothing, and every change is in the audit log.
 */
@ParaleloSpringTest
@Tag("persistence")
class AgreementRevisionTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired SeriesService seriesService;
    @Autowired SessionService sessions;
    @Autowired OrganisationService organisations;
    @Autowired SessionRegistrationService registration;
    @Autowired DebateRecordService records;
    @Autowired AuditService audit;
    @Autowired TestClock clock;

    SeriesFixture f;
    AgreementId agreement;

    @BeforeEach
    void anAgreementGivenToACouncil() {
        f = new SeriesFixture(accounts, regions, seriesService, sessions, organisations, registration, clock);
        agreement = asOrganiser(() -> records.agree(f.first, new AgreementDraft("Solicitar el foro", null, f.council,
                null)));
    }

    @Test
    void the_people_offered_as_responsible_are_the_organisers_and_those_registered_in_the_series() {
        assertThat(asOrganiser(() -> records.responsibleCandidates(f.series))).extracting(PersonRef::id)
                .containsExactlyInAnyOrder(f.organiserId, f.participantId)
                .doesNotContain(LearningFixture.learnerId(accounts, f.outsider));
        assertThatThrownBy(() -> As.user(f.participant, SeriesFixture.LEARNER,
                () -> records.responsibleCandidates(f.series)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void rewording_and_giving_an_agreement_to_a_participant_is_shown_and_audited() {
        AgreementView before = only();
        asOrganiser(() -> records.revise(agreement, new AgreementDraft("Solicitar el foro del parque a la alcaldía",
                f.participantId, null, before.sessionDate().plusMonths(1)), before.version()));

        AgreementView after = only();
        assertThat(after.text()).isEqualTo("Solicitar el foro del parque a la alcaldía");
        assertThat(after.responsiblePerson()).isEqualTo(f.participantId);
        assertThat(after.responsibleOrganisation()).isNull();
        assertThat(after.responsible()).contains(f.participant);
        assertThat(after.due()).isEqualTo(before.sessionDate().plusMonths(1));
        assertThat(As.admin(() -> audit.search(new AuditFilter(AuditAction.AGREEMENT_CHANGED, f.organiser, null,
                null), 0, 10))).singleElement().satisfies(entry -> assertThat(entry.subject())
                .isEqualTo("agreement " + agreement.value() + " of series " + f.series.value()));
    }

    @Test
    void a_stale_copy_or_bad_input_is_refused_and_changes_nothing() {
        AgreementView before = only();
        asOrganiser(() -> records.revise(agreement, new AgreementDraft("Primera corrección", null, f.council, null),
                before.version()));
        assertThatThrownBy(() -> asOrganiser(() -> records.revise(agreement, new AgreementDraft("Otra",
                null, f.council, null), before.version()))).isInstanceOf(StaleDataException.class);
        long current = only().version();
        assertThatThrownBy(() -> asOrganiser(() -> records.revise(agreement, new AgreementDraft("  ", f.participantId,
                f.council, before.sessionDate().minusDays(1)), current))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asOrganiser(() -> records.revise(agreement, new AgreementDraft("x".repeat(2_001),
                null, null, null), current))).isInstanceOf(InvalidInputException.class);
        assertThat(only().text()).isEqualTo("Primera corrección");
    }

    private AgreementView only() {
        return asOrganiser(() -> records.agreements(f.series, Set.of())).getFirst();
    }

    private <T> T asOrganiser(java.util.function.Supplier<T> call) {
        return As.user(f.organiser, Courses.TRAINER, call);
    }

    private void asOrganiser(Runnable call) {
        As.user(f.organiser, Courses.TRAINER, call);
    }
}
