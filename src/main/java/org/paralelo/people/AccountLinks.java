package org.paralelo.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.AccountLink;
import org.paralelo.people.domain.AccountLinkRepository;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems one-time links for setting a password. A token is 256 random bits; the database keeps only
 * its SHA-256 (a fast hash is enough for a random secret of that size), so a copy of the database opens nothing.
 */
@Component
class AccountLinks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountLinkRepository links;
    private final PersonRepository people;
    private final AccountRules rules;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, PersonRepository people, AccountRules rules, PasswordEncoder passwords,
                 Clock clock) {
        this.links = links;
        this.people = people;
        this.rules = rules;
        this.passwords = passwords;
        this.clock = clock;
    }

    record Issued(String token, Instant expiresAt) {
    }

    /** A new link for the person; their earlier open links of the same purpose stop working. */
    Issued issue(Person person, AccountLinkPurpose purpose) {
        Instant now = clock.instant();
        links.retireOpen(person.getId(), purpose, now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(purpose.validity());
        links.save(new AccountLink(person.getId(), purpose, hash(token), now, expiresAt));
        return new Issued(token, expiresAt);
    }

    LinkState state(String token, AccountLinkPurpose purpose) {
        return find(token, purpose).map(link -> link.getUsedAt() != null ? LinkState.USED
                : link.getExpiresAt().isAfter(clock.instant()) ? LinkState.VALID : LinkState.EXPIRED)
                .orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the password with a link and uses the link up. Bad passwords are refused before the link is touched,
     * so the person can correct them; a link used, expired or unknown is refused with the same message.
     */
    Person redeem(String token, AccountLinkPurpose purpose, String newPassword) {
        AccountLink link = find(token, purpose).orElseThrow(() -> new UserFacingException("account-link.invalid"));
        Person person = people.findById(link.getPersonId())
                .filter(Person::isEnabled)
                .orElseThrow(() -> new UserFacingException("account-link.invalid"));
        InputChecks checks = new InputChecks();
        rules.checkPassword(newPassword, person.getUsername(), checks);
        checks.throwIfAny();
        if (links.use(link.getId(), clock.instant()) != 1) {
            throw new UserFacingException("account-link.invalid");
        }
        person = people.findById(link.getPersonId()).orElseThrow();
        person.setPasswordHash(passwords.encode(newPassword));
        return person;
    }

    private Optional<AccountLink> find(String token, AccountLinkPurpose purpose) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return links.findByTokenHashAndPurpose(hash(token), purpose);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
