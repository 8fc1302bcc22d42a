package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.people.AccountService;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.people.PersonId;
import org.paralelo.people.RegionService;
import org.paralelo.people.Role;
import org.paralelo.people.SettingsService;
import org.paralelo.people.SignInNoticeService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The people module's authorisation matrix: action × role, allowed or refused, checked at the service layer. */
@ParaleloSpringTest
class MethodSecurityTest {

    @Autowired
    AccountService accounts;
    @Autowired
    RegionService regions;
    @Autowired
    SettingsService settings;
    @Autowired
    AuditService audit;
    @Autowired
    SignInNoticeService notices;

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
            "list people, ANONYMOUS, refused", "list people, LEARNER, refused", "list people, TRAINER, refused",
            "list people, ADMIN, allowed",
            "create person, LEARNER, refused", "create person, TRAINER, refused", "create person, ADMIN, allowed",
            "change roles, TRAINER, refused", "disable person, LEARNER, refused",
            "reset password, TRAINER, refused",
            "edit regions, LEARNER, refused", "edit regions, TRAINER, refused", "edit regions, ADMIN, allowed",
            "close registration, LEARNER, refused", "close registration, ADMIN, allowed",
            "list regions, ANONYMOUS, allowed", "read registration switch, ANONYMOUS, allowed",
            "read audit log, ANONYMOUS, refused", "read audit log, LEARNER, refused",
            "read audit log, TRAINER, refused", "read audit log, ADMIN, allowed",
            "purge audit log, TRAINER, refused", "purge audit log, ADMIN, allowed",
            "read own sign-in notices, ANONYMOUS, refused", "read own sign-in notices, LEARNER, allowed",
    })
    void each_role_may_do_exactly_what_the_matrix_says(String action, String role, String outcome) {
        PersonId someone = People.create(accounts, People.uniqueUsername("matriz"), Role.LEARNER);
        Runnable call = switch (action) {
            case "list people" -> () -> accounts.list("", Pageable.ofSize(5));
            case "create person" -> () -> accounts.create(People.account(People.uniqueUsername("m"), Role.LEARNER));
            case "change roles" -> () -> accounts.setRoles(someone, Set.of(Role.ADMIN), 0);
            case "disable person" -> () -> accounts.setEnabled(someone, false, 0);
            case "reset password" -> () -> accounts.resetPassword(someone, "nueva-clave-larga");
            case "edit regions" -> () -> regions.create(People.uniqueUsername("R"));
            case "close registration" -> () -> {
                settings.setSelfRegistrationOpen(false);
                settings.setSelfRegistrationOpen(true);
            };
            case "list regions" -> regions::list;
            case "read registration switch" -> settings::isSelfRegistrationOpen;
            case "read audit log" -> () -> audit.search(AuditFilter.ALL, 0, 5);
            case "purge audit log" -> audit::deleteExpired;
            case "read own sign-in notices" -> notices::takeUnseen;
            default -> throw new IllegalArgumentException(action);
        };
        Runnable asRole = () -> {
            if ("ANONYMOUS".equals(role)) {
                As.anonymous(() -> {
                    call.run();
                    return null;
                });
            } else {
                As.user("matrix-" + role.toLowerCase(), new String[] {role}, call);
            }
        };
        if ("allowed".equals(outcome)) {
            asRole.run();
        } else {
            assertThatThrownBy(asRole::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(outcome).isIn("allowed", "refused");
    }
}
