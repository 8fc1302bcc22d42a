package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.OneConnectionTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Sign-in counts failures ({@link JdbcSignInCounters}) in transactions of their own, which is safe because sign-in
 * never runs inside a transaction: a failed and a good sign-in each need only the one free connection.
 */
@OneConnectionTest
@Tag("persistence")
class SignInOnOneConnectionTest {

    @Autowired AccountService accounts;
    @Autowired AuthenticationManager authentication;

    @Test
    void a_wrong_password_is_counted_and_the_right_one_signs_in_with_one_free_connection() {
        String learner = People.created(accounts, "una-conexion", Role.LEARNER);

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(learner, "no-es-la-frase")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(learner,
                People.PASSWORD)).isAuthenticated()).isTrue();
    }
}
