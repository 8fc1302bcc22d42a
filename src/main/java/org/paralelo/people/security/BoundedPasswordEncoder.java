package org.paralelo.people.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few Argon2 hashes run at once and queues the rest in arrival order. Each hash takes 19 MiB for as
 * long as it runs, so a class of 300 signing in at 9:00 would otherwise need gigabytes at the same moment; two
 * cores gain nothing from more hashes in parallel than they have cores anyway.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore slots;

    BoundedPasswordEncoder(PasswordEncoder hashing, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed to run: " + concurrentHashes);
        }
        this.hashing = hashing;
        this.slots = new Semaphore(concurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inSlot(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inSlot(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    /** Hashes waiting for a slot right now (for the benchmark and tests). */
    int waiting() {
        return slots.getQueueLength();
    }

    private <T> T inSlot(Supplier<T> hash) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // The request is being abandoned (shutdown, client gone): neither a right nor a wrong password.
            throw new InternalAuthenticationServiceException("interrupted while waiting to check a password", e);
        }
        try {
            return hash.get();
        } finally {
            slots.release();
        }
    }
}
