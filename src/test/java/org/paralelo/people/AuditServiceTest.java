package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.domain.AuditEntry;
import org.paralelo.people.domain.AuditEntryRepository;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.paralelo.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

@ParaleloSpringTest
@Tag("persistence")
class AuditServiceTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    Clock clock;

    @Test
    void failed_and_successful_sign_ins_are_logged_with_the_name_typed_and_the_source_address() {
        String username = People.uniqueUsername("auditada");
        People.create(accounts, username, Role.LEARNER);

        signIn(username, "equivocada", "198.51.100.61");
        signIn(username, People.PASSWORD, "198.51.100.62");

        List<AuditEntryView> logged = As.admin(() -> audit.search(
                new AuditFilter(null, username, null, null), 0, 10));
        assertThat(logged).extracting(AuditEntryView::action, AuditEntryView::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_SUCCEEDED, "198.51.100.62"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN_FAILED, "198.51.100.61"));
    }

    @Test
    void a_role_change_is_logged_with_the_admin_who_made_it_and_the_new_roles() {
        String username = People.uniqueUsername("ascendida");
        PersonId id = People.create(accounts, username, Role.LEARNER);
        long version = As.admin(() -> accounts.find(id)).orElseThrow().version();

        As.admin(() -> accounts.setRoles(id, Set.of(Role.TRAINER, Role.LEARNER), version));

        assertThat(As.admin(() -> audit.search(new AuditFilter(AuditAction.ROLES_CHANGED, "admin", null, null),
                0, 50))).extracting(AuditEntryView::subject).contains(username + ": LEARNER, TRAINER");
    }

    @Test
    void admins_filter_by_action_person_and_dates_and_count_what_they_see() {
        String actor = People.uniqueUsername("filtrada");
        // Whole milliseconds: the column keeps microseconds, and "to" is exclusive.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        entries.save(new AuditEntry(now.minus(Duration.ofDays(3)), actor, AuditAction.PACKAGE_EXPORTED, "7", ""));
        entries.save(new AuditEntry(now.minus(Duration.ofDays(1)), actor, AuditAction.PACKAGE_IMPORTED, "t", ""));
        entries.save(new AuditEntry(now, actor, AuditAction.PACKAGE_IMPORTED, "u", ""));

        AuditFilter imports = new AuditFilter(AuditAction.PACKAGE_IMPORTED, actor.toUpperCase(), null, null);
        AuditFilter lastTwoDays = new AuditFilter(null, actor, now.minus(Duration.ofDays(2)), now);

        assertThat(As.admin(() -> audit.search(imports, 0, 10))).extracting(AuditEntryView::subject)
                .containsExactly("u", "t");
        assertThat(As.admin(() -> audit.count(imports))).isEqualTo(2);
        assertThat(As.admin(() -> audit.search(lastTwoDays, 0, 10))).extracting(AuditEntryView::subject)
                .containsExactly("t");
        assertThat(As.admin(() -> audit.search(imports, 1, 1))).extracting(AuditEntryView::subject)
                .containsExactly("t");
    }

    @Test
    void only_admins_read_the_audit_log() {
        assertThatThrownBy(() -> As.user("formadora", new String[] {"TRAINER"},
                () -> audit.search(AuditFilter.ALL, 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("aprendiz", new String[] {"LEARNER"},
                () -> audit.count(AuditFilter.ALL))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> audit.search(AuditFilter.ALL, 0, 10)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void entries_older_than_the_retention_are_deleted_and_younger_ones_kept() {
        String actor = expiredAndYoungerEntries(entries, clock, "antigua");

        As.admin(() -> audit.deleteExpired());

        assertThat(As.admin(() -> audit.count(new AuditFilter(null, actor, null, null)))).isEqualTo(1);
    }

    @Test
    void huge_fields_are_cut_to_fit_instead_of_failing_the_action_they_record() {
        String huge = "x".repeat(5000);
        entries.saveAndFlush(new AuditEntry(clock.instant(), huge, AuditAction.PACKAGE_IMPORTED, huge, huge));

        assertThat(As.admin(() -> audit.search(new AuditFilter(null, "x".repeat(254), null, null), 0, 1)))
                .singleElement().satisfies(e -> {
                    assertThat(e.subject()).hasSize(500);
                    assertThat(e.source()).hasSize(64);
                });
    }

    private void signIn(String username, String password, String address) {
        try {
            SignIns.attempt(authentication, username, password, address);
        } catch (AuthenticationException expected) {
            // The wrong password: logged as a failure.
        }
    }

    /** Two entries of a new actor: one past the retention (365 days), one within it. Answers the actor. */
    static String expiredAndYoungerEntries(AuditEntryRepository entries, Clock clock, String prefix) {
        String actor = People.uniqueUsername(prefix);
        Instant now = clock.instant();
        entries.save(new AuditEntry(now.minus(Duration.ofDays(400)), actor, AuditAction.SIGN_IN_FAILED, "", ""));
        entries.save(new AuditEntry(now.minus(Duration.ofDays(300)), actor, AuditAction.SIGN_IN_FAILED, "", ""));
        return actor;
    }
}
