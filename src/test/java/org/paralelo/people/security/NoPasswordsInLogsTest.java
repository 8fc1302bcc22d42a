package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

@ParaleloSpringTest
@ExtendWith(OutputCaptureExtension.class)
class NoPasswordsInLogsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ProfileService profiles;
    @Autowired
    AuthenticationManager authentication;

    @Test
    void creating_signing_in_failing_and_changing_passwords_never_writes_a_password_to_the_log(
            CapturedOutput output) {
        String username = People.uniqueUsername("discreta");
        PersonId id = People.create(accounts, username, Role.LEARNER);
        String wrong = "contrasena-equivocada-XYZ";
        String changed = "cambiada-por-la-persona-QRS";
        String reset = "restablecida-por-admin-TUV";

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, wrong)))
                .isInstanceOf(AuthenticationException.class);
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, People.PASSWORD));
        As.user(username, new String[] {"LEARNER"}, () -> profiles.changeMyPassword(People.PASSWORD, changed));
        As.admin(() -> accounts.resetPassword(id, reset));
        assertThatThrownBy(() -> As.admin(() -> accounts.resetPassword(id, "corta")))
                .isInstanceOf(RuntimeException.class);

        assertThat(output.getAll()).doesNotContain(People.PASSWORD, wrong, changed, reset, "corta\"");
    }
}
