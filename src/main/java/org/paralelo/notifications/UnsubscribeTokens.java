package org.paralelo.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.OwnTransaction;
import org.paralelo.notifications.domain.SigningKey;
import org.paralelo.notifications.domain.SigningKeyRepository;
import org.paralelo.people.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Unsubscribe links need no sign-in, so they carry who and which kind, signed with HMAC-SHA256: nobody can make
 * a link for someone else. The key is {@code MAIL_SIGNING_KEY} if set, otherwise generated once and kept in the
 * database (every node then signs alike). Links do not expire: an old mail's link must still work.
 *
 * <p>The stored key is read (or made) when the node starts: links are signed as mails are written to the outbox,
 * inside the transaction of the change they tell of, and reading the key there in a transaction of its own would
 * hold a second database connection.
 */
@Component
class UnsubscribeTokens {

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,19})\\.([A-Z_]{1,40})\\.([A-Za-z0-9_-]{43})");

    private final byte[] secret;

    UnsubscribeTokens(SigningKeyRepository keys, PlatformTransactionManager transactions, Clock clock,
                      @Value("${paralelo.mail.signing-key:}") String configured) {
        this.secret = configured.isBlank()
                ? storedOrNewKey(keys, new OwnTransaction(transactions), clock).getBytes(StandardCharsets.US_ASCII)
                : configured.getBytes(StandardCharsets.UTF_8);
    }

    String sign(PersonId person, MailKind kind) {
        String payload = person.value() + "." + kind.name();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
    }

    record Unsubscription(PersonId person, MailKind kind) {
    }

    /** The person and kind a link names, if its signature is ours; anything else (tampered, garbled) is empty. */
    Optional<Unsubscription> verify(@Nullable String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String payload = parts.group(1) + "." + parts.group(2);
        // Compared as text, not decoded: the last Base64 character carries two unused bits, so decoding would let
        // "…A" and "…B" pass as the same signature.
        byte[] given = parts.group(3).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        try {
            MailKind kind = MailKind.valueOf(parts.group(2));
            return kind.optional()
                    ? Optional.of(new Unsubscription(new PersonId(Long.parseLong(parts.group(1))), kind))
                    : Optional.empty();
        } catch (IllegalArgumentException unknownKindOrNumber) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String storedOrNewKey(SigningKeyRepository keys, OwnTransaction ownTransaction, Clock clock) {
        String existing = ownTransaction.execute(status -> keys.findById(SigningKey.THE_KEY)
                .map(SigningKey::getSecret).orElse(null));
        if (existing != null) {
            return existing;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            ownTransaction.run(status -> keys.saveAndFlush(new SigningKey(fresh, clock.instant())));
            return fresh;
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return ownTransaction.execute(status -> keys.findById(SigningKey.THE_KEY).orElseThrow().getSecret());
        }
    }
}
