package org.paralelo.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tests only: the application's own password encoder, except that the one shared test password
 * ({@link People#PASSWORD}) is hashed once per context and that real Argon2id hash is stored for every account
 * created with it. Each such hash costs about 0.1 s of a core, and the authorisation matrices create several accounts
 * for every row; that was most of their time.
 *
 * <p>What stays real: the database holds a genuine Argon2id hash with the production parameters (only its salt is
 * shared between test accounts), every other password is hashed afresh, and {@link #matches} always verifies with
 * Argon2, so every sign-in under test checks the password for real.
 */
public final class SharedPasswordHash implements PasswordEncoder {

    private final PasswordEncoder real;
    private volatile String sharedHash;

    SharedPasswordHash(PasswordEncoder real) {
        this.real = real;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (!People.PASSWORD.contentEquals(rawPassword)) {
            return real.encode(rawPassword);
        }
        String hash = sharedHash;
        if (hash == null) {
            synchronized (this) {
                hash = sharedHash;
                if (hash == null) {
                    hash = real.encode(rawPassword);
                    sharedHash = hash;
                }
            }
        }
        return hash;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return real.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return real.upgradeEncoding(encodedPassword);
    }

    /** Wraps the application's {@code passwordEncoder} bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor sharedPasswordHash() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof PasswordEncoder real && beanName.equals("passwordEncoder")
                            ? new SharedPasswordHash(real) : bean;
                }
            };
        }
    }
}
