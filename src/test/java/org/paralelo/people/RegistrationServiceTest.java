package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

@ParaleloSpringTest
@Tag("persistence")
class RegistrationServiceTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    SettingsService settings;
    @Autowired
    AccountService accounts;

    @AfterEach
    void reopenRegistration() {
        As.admin(() -> settings.setSelfRegistrationOpen(true));
    }

    @Test
    void a_visitor_registers_and_becomes_a_learner_only() {
        String username = People.uniqueUsername("lupe");
        PersonId id = As.anonymous(() -> registration.register(username, People.PASSWORD, People.profile(username)));

        assertThat(As.admin(() -> accounts.find(id)).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void registration_is_refused_while_an_admin_has_closed_it() {
        As.admin(() -> settings.setSelfRegistrationOpen(false));
        String username = People.uniqueUsername("memo");

        assertThatThrownBy(() -> As.anonymous(() -> registration.register(username, People.PASSWORD,
                People.profile(username))))
                .isInstanceOf(UserFacingException.class).hasMessage("error.registration-closed");
        assertThat(As.admin(() -> accounts.idOf(username))).isEmpty();
    }

    @Test
    void registering_the_same_username_twice_keeps_one_account() {
        String username = People.uniqueUsername("nora");
        As.anonymous(() -> registration.register(username, People.PASSWORD, People.profile(username)));

        assertThatThrownBy(() -> As.anonymous(() -> registration.register(username, People.PASSWORD,
                People.profile(People.uniqueUsername("nora")))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(As.admin(() -> accounts.count(username))).isEqualTo(1);
    }

    @Test
    void concurrent_registrations_of_one_username_create_exactly_one_account() throws Exception {
        String username = People.uniqueUsername("olga");
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String emailOwner = People.uniqueUsername("olga");
            attempts.add(() -> {
                try {
                    As.anonymous(() -> registration.register(username, People.PASSWORD,
                            People.profile(emailOwner)));
                    return true;
                } catch (InvalidInputException refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        int succeeded = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                succeeded += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(succeeded).isEqualTo(1);
        assertThat(As.admin(() -> accounts.count(username))).isEqualTo(1);
    }
}
