package org.paralelo.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.paralelo.base.InputChecks;
import org.paralelo.base.PublicUrl;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made for someone else (by an admin, or by the bulk import) start without a password; an activation
 * link, valid 14 days and usable once, lets the person choose one. Links are mailed where mail is configured and
 * always returned to the admin to hand out.
 */
@Service
@Transactional
public class ActivationService {

    private final PersonRepository people;
    private final AccountCreation creation;
    private final AccountLinks links;
    private final PublicUrl address;
    private final OutgoingMail mail;
    private final ApplicationEventPublisher events;
    private final Caller caller;

    ActivationService(PersonRepository people, AccountCreation creation, AccountLinks links, PublicUrl address,
                      OutgoingMail mail, ApplicationEventPublisher events, Caller caller) {
        this.caller = caller;
        this.people = people;
        this.creation = creation;
        this.links = links;
        this.address = address;
        this.mail = mail;
        this.events = events;
    }

    /** Creates an account without a password; it cannot sign in until activated. */
    @PreAuthorize("hasRole('ADMIN')")
    public PersonId createWithoutPassword(String username, Set<Role> roles, ProfileData profile) {
        InputChecks checks = new InputChecks();
        checks.require(!roles.isEmpty(), "roles", "error.roles-required");
        PersonId id = creation.createWithoutPassword(new NewAccount(username, null, roles, profile), checks);
        events.publishEvent(new PersonRegistered(id, false));
        return id;
    }

    /**
     * New activation links for those of these accounts that are enabled and have no password yet (the others are
     * skipped, and for a coordinator those outside their regions); each replaces the account's earlier link.
     * Mailed where mail is configured: one event for the
     * whole call, whose listener queues every mail in one transaction after the commit.
     */
    @PreAuthorize(ParticipantImportService.IMPORTERS)
    public List<ActivationLink> createLinks(Collection<PersonId> accounts) {
        RegionScope scope = caller.regionScope();
        List<ActivationLink> created = new ArrayList<>();
        List<ActivationLinkCreated> toMail = new ArrayList<>();
        for (Person person : people.findAllById(accounts.stream().map(PersonId::value).distinct().toList())) {
            if (!person.isEnabled() || person.hasPassword()
                    || !scope.covers(person.getRegion() == null ? null : person.getRegion().getId())) {
                continue;
            }
            AccountLinks.Issued link = links.issue(person, AccountLinkPurpose.ACTIVATION);
            PersonId id = new PersonId(person.getId());
            toMail.add(new ActivationLinkCreated(id, link.token(), link.expiresAt()));
            created.add(new ActivationLink(id, person.getUsername(), person.getFullName(),
                    address.link(AccountLinkPurpose.ACTIVATION.path(link.token())), link.expiresAt()));
        }
        if (!toMail.isEmpty()) {
            events.publishEvent(new ActivationLinksCreated(toMail));
        }
        return created;
    }

    /** Whether the links are also mailed; without mail the admin hands them out. */
    @Transactional(readOnly = true)
    @PreAuthorize(ParticipantImportService.IMPORTERS)
    public boolean mailAvailable() {
        return mail.available();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public LinkState linkState(String token) {
        return links.state(token, AccountLinkPurpose.ACTIVATION);
    }

    /** Sets the first password (the usual rules) and uses the link up; the person can then sign in. */
    @PreAuthorize("permitAll()")
    public void activate(String token, String password) {
        links.redeem(token, AccountLinkPurpose.ACTIVATION, password);
    }
}
