package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.base.SystemTask;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@ParaleloSpringTest
class CallerTest {

    @Autowired
    Caller caller;
    @Autowired
    AccountService accounts;

    @Test
    void a_signed_in_trainer_has_their_roles_name_and_person_id() {
        String username = People.uniqueUsername("tere");
        PersonId id = People.create(accounts, username, Role.TRAINER);

        As.user(username, new String[] {"TRAINER"}, () -> {
            assertThat(caller.signedIn()).isTrue();
            assertThat(caller.has(Role.TRAINER)).isTrue();
            assertThat(caller.has(Role.LEARNER)).isFalse();
            assertThat(caller.isAdmin()).isFalse();
            assertThat(caller.username()).contains(username);
            assertThat(caller.id()).contains(id);
        });
    }

    @Test
    void nobody_in_the_context_is_not_signed_in_and_has_no_role() {
        As.anonymous(() -> {
            assertThat(caller.signedIn()).isFalse();
            assertThat(caller.isAdmin()).isFalse();
            assertThat(caller.username()).isEmpty();
            assertThat(caller.id()).isEmpty();
            return null;
        });
    }

    @Test
    void an_anonymous_visitor_token_is_not_signed_in() {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(context);
        try {
            assertThat(caller.signedIn()).isFalse();
            assertThat(caller.username()).isEmpty();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void the_system_task_is_an_administrator_without_a_person_id() {
        SystemTask.run(() -> {
            assertThat(caller.signedIn()).isTrue();
            assertThat(caller.isAdmin()).isTrue();
            assertThat(caller.id()).isEmpty();
        });
    }
}
