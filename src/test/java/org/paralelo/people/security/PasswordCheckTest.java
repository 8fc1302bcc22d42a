package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The real Argon2id encoder: the dummy hash for unknown accounts is made once, before the first sign-in. */
class PasswordCheckTest {

    private final PasswordEncoder argon2 = new PasswordHashing().passwordEncoder(2);

    @Test
    void twelve_first_sign_ins_at_once_after_start_hash_no_dummy_password_and_each_gets_its_answer() throws Exception {
        EncodeCounting counting = new EncodeCounting(argon2);
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(
                User.withUsername("lucia").password(argon2.encode("clave-de-lucia-1")).roles("LEARNER").build());
        PasswordCheck check = new PasswordCheck(accounts, counting);

        check.prepare();
        assertThat(counting.encodes.get()).as("the dummy hash, made when the application is ready").isEqualTo(1);

        int callers = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                String name = i % 2 == 0 ? "lucia" : "nadie-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name,
                                "clave-de-lucia-1")).isAuthenticated();
                    } catch (AuthenticationException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            for (int i = 0; i < callers; i++) {
                assertThat(results.get(i).get(60, TimeUnit.SECONDS)).as("caller %d", i).isEqualTo(i % 2 == 0);
            }
        }

        assertThat(counting.encodes.get()).as("no sign-in hashed the dummy password again").isEqualTo(1);
    }

    @Test
    void preparing_twice_or_with_a_broken_account_store_never_stops_the_start() {
        PasswordCheck check = new PasswordCheck(name -> {
            throw new IllegalStateException("database not reachable");
        }, argon2);

        check.prepare();
        check.prepare();

        assertThatThrownBy(() -> check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lucia", "x")))
                .isInstanceOf(AuthenticationException.class).isNotInstanceOf(BadCredentialsException.class);
    }

    private static final class EncodeCounting implements PasswordEncoder {
        final PasswordEncoder real;
        final AtomicInteger encodes = new AtomicInteger();

        EncodeCounting(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            encodes.incrementAndGet();
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return real.matches(raw, encoded);
        }
    }
}
