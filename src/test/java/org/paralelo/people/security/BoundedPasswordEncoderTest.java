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
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The real Argon2id encoder behind the bound: never more hashes at once than slots, and every caller served. */
class BoundedPasswordEncoderTest {

    private final PasswordEncoder argon2 = new PasswordHashing().passwordEncoder(1);

    @Test
    void no_more_hashes_run_at_once_than_there_are_slots_and_all_queued_ones_finish() throws Exception {
        String hash = argon2.encode("clave-de-prueba-1");
        Counting counting = new Counting(argon2);
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2);
        int callers = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                String password = i % 3 == 0 ? "otra-clave" : "clave-de-prueba-1";
                results.add(pool.submit(() -> {
                    start.await();
                    return bounded.matches(password, hash);
                }));
            }
            start.countDown();
            for (int i = 0; i < callers; i++) {
                assertThat(results.get(i).get(60, TimeUnit.SECONDS)).as("caller %d", i).isEqualTo(i % 3 != 0);
            }
        }

        assertThat(counting.calls.get()).isEqualTo(callers);
        assertThat(counting.mostAtOnce.get()).as("hashes running at the same moment").isBetween(1, 2);
        assertThat(bounded.waiting()).isZero();
    }

    @Test
    void a_hash_made_through_the_bound_is_still_argon2id_with_the_asvs_parameters_and_verifies() {
        String hash = argon2.encode("Ñandú y milpa 🌽 2026");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(argon2.matches("Ñandú y milpa 🌽 2026", hash)).isTrue();
        assertThat(argon2.matches("ñandú y milpa 🌽 2026", hash)).isFalse();
        assertThat(argon2).isInstanceOf(BoundedPasswordEncoder.class);
    }

    @Test
    void by_default_there_is_one_slot_per_core_and_never_fewer_than_two() {
        assertThat(PasswordHashing.defaultSlots())
                .isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThatThrownBy(() -> new BoundedPasswordEncoder(argon2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_caller_interrupted_while_queued_gets_an_internal_error_not_a_wrong_password_and_takes_no_slot()
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder blocking = new Counting(argon2) {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(blocking, 1);
        Thread holder = Thread.ofVirtual().start(() -> bounded.matches("a", "b"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        List<Throwable> thrown = new ArrayList<>();
        Thread queued = Thread.ofVirtual().start(() -> {
            try {
                bounded.matches("c", "d");
            } catch (RuntimeException e) {
                thrown.add(e);
            }
        });
        while (bounded.waiting() == 0) {
            Thread.sleep(5);
        }
        queued.interrupt();
        queued.join(10_000);
        release.countDown();
        holder.join(10_000);

        assertThat(thrown).singleElement().isInstanceOf(InternalAuthenticationServiceException.class);
        assertThat(bounded.matches("x", "y")).as("the slot is free again").isFalse();
    }

    /** Counts how many calls are inside the real encoder at the same moment. */
    private static class Counting implements PasswordEncoder {
        final PasswordEncoder real;
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        Counting(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            calls.incrementAndGet();
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                return real.matches(raw, encoded);
            } finally {
                inside.decrementAndGet();
            }
        }
    }
}
