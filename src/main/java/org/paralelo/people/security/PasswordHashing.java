package org.paralelo.people.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane). Spring's own defaults are lower, so the
 * parameters are set here and pinned by a test. The delegating encoder lets us raise them later and still
 * verify older hashes. At most {@code paralelo.login.concurrent-hashes} hashes run at once (by default one per
 * core, at least two); the others wait their turn, so a sign-in storm costs time, not memory.
 */
@Configuration
class PasswordHashing {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19456;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(@Value("${paralelo.login.concurrent-hashes:0}") int concurrentHashes) {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB,
                ITERATIONS);
        PasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        return new BoundedPasswordEncoder(delegating, concurrentHashes > 0 ? concurrentHashes : defaultSlots());
    }

    static int defaultSlots() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
