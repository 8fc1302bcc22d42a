package org.paralelo.people;

import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten passwords: a one-time link, valid one hour, mailed to the account's address. The request answers
 * the same whether or not the address belongs to an account; only the mail differs.
 */
@Service
@Transactional
public class PasswordResetService {

    private final PersonRepository people;
    private final AccountLinks links;
    private final ResetThrottle throttle;
    private final OutgoingMail mail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;

    PasswordResetService(PersonRepository people, AccountLinks links, ResetThrottle throttle,
                         OutgoingMail mail, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.people = people;
        this.links = links;
        this.throttle = throttle;
        this.mail = mail;
        this.events = events;
    }

    /** Without outgoing mail there is no self-service reset: an administrator sets a new password. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean mailAvailable() {
        return mail.available();
    }

    /**
     * Mails a reset link to the account with this e-mail, if there is one and it is enabled. Refuses only for
     * reasons unrelated to the account: no mail here, a malformed address, too many requests from this source.
     * The request is counted first, in a transaction of its own, so that it counts even when refused; the link is
     * issued after, in another (never a second connection while one is held).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("permitAll()")
    public void requestReset(String email, String sourceAddress) {
        if (!mailAvailable()) {
            throw new UserFacingException("password-reset.no-mail");
        }
        String normalised = email == null ? "" : Person.normalise(email);
        if (normalised.isEmpty()) {
            throw InvalidInputException.of("email", "error.required");
        }
        if (normalised.length() > Person.MAX_EMAIL || !AccountRules.looksLikeEmail(normalised)) {
            throw InvalidInputException.of("email", "error.email-format");
        }
        if (!throttle.allowAddress(sourceAddress)) {
            throw new UserFacingException("password-reset.throttled");
        }
        if (!throttle.allowEmail(normalised)) {
            return; // this inbox already got its share of links this hour; the answer stays the same
        }
        inTransaction.executeWithoutResult(status -> people.findByEmail(normalised).filter(Person::isEnabled)
                .ifPresent(person -> {
                    AccountLinks.Issued link = links.issue(person, AccountLinkPurpose.PASSWORD_RESET);
                    events.publishEvent(new PasswordResetRequested(new PersonId(person.getId()), link.token(),
                            link.expiresAt()));
                }));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public LinkState linkState(String token) {
        return links.state(token, AccountLinkPurpose.PASSWORD_RESET);
    }

    /** Sets the new password (the usual password rules) and uses the link up. */
    @PreAuthorize("permitAll()")
    public void resetPassword(String token, String newPassword) {
        links.redeem(token, AccountLinkPurpose.PASSWORD_RESET, newPassword);
    }
}
