package org.paralelo.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.Languages;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.people.domain.RegionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins manage accounts here: create, list, assign roles, disable and enable. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    public static final String ADMIN_USERNAME = "admin";

    private final PersonRepository people;
    private final AccountCreation creation;
    private final AccountRules rules;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditService audit;
    private final RegionRepository regions;

    AccountService(PersonRepository people, AccountCreation creation, AccountRules rules, PasswordEncoder passwords,
                   ApplicationEventPublisher events, Clock clock, AuditService audit, RegionRepository regions) {
        this.people = people;
        this.regions = regions;
        this.creation = creation;
        this.rules = rules;
        this.passwords = passwords;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<PersonSummary> list(String filter, Pageable page) {
        return people.search(filter == null ? "" : filter.strip().toLowerCase(), page).map(PersonViews::summary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String filter) {
        return people.search(filter == null ? "" : filter.strip().toLowerCase(), Pageable.ofSize(1))
                .getTotalElements();
    }

    /** How many accounts were created after {@code since} (sign-ups and accounts made by admins or imports). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countCreatedSince(Instant since) {
        return people.countByCreatedAtAfter(since);
    }

    /** The five accounts created last, newest first, for the admin home. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonSummary> newestAccounts() {
        return people.findTop5ByOrderByCreatedAtDescIdDesc().stream().map(PersonViews::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<PersonSummary> find(PersonId id) {
        return people.findById(id.value()).map(PersonViews::summary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<PersonId> idOf(String username) {
        return people.findByUsername(Person.normalise(username)).map(p -> new PersonId(p.getId()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PersonId create(NewAccount account) {
        InputChecks checks = new InputChecks();
        checks.require(!account.roles().isEmpty(), "roles", "error.roles-required");
        PersonId id = creation.create(account, checks);
        events.publishEvent(new PersonRegistered(id, false));
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setRoles(PersonId id, Set<Role> roles, long version) {
        setRoles(id, roles, load(id).getCoordinatorScope(), version);
    }

    /** The regions a coordinator follows (empty for people who are not coordinators). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public RegionScope coordinatorScope(PersonId id) {
        Person person = load(id);
        return person.getRoles().contains(Role.COORDINATOR) ? person.getCoordinatorScope() : RegionScope.NONE;
    }

    /**
     * Sets someone's roles and, for a coordinator, the regions they follow (every region, or at least one that
     * exists). Dropping the coordinator role forgets the regions. Open sessions end so the change applies at once.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void setRoles(PersonId id, Set<Role> roles, RegionScope scope, long version) {
        Person person = load(id);
        RegionScope kept = roles.contains(Role.COORDINATOR) ? scope : RegionScope.NONE;
        if (roles.contains(Role.COORDINATOR)) {
            InputChecks checks = new InputChecks();
            checks.require(!scope.isEmpty(), "regions", "error.coordinator-regions-required");
            checks.require(scope.regionIds().stream().allMatch(regions::existsById), "regions",
                    "error.region-not-found");
            checks.throwIfAny();
        }
        StaleDataException.check(version, person.getVersion());
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "error.roles-required");
        }
        if (isCurrentUser(person) && !roles.contains(Role.ADMIN)) {
            throw new UserFacingException("error.cannot-remove-own-admin");
        }
        if (!person.getRoles().equals(roles) || !person.getCoordinatorScope().equals(kept)) {
            person.setRoles(roles);
            person.setCoordinatorScope(kept);
            events.publishEvent(new PersonRolesChanged(id));
            audit.record(AuditAction.ROLES_CHANGED, person.getUsername() + ": "
                    + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")) + scopeText(kept));
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(PersonId id, boolean enabled, long version) {
        Person person = load(id);
        StaleDataException.check(version, person.getVersion());
        if (isCurrentUser(person) && !enabled) {
            throw new UserFacingException("error.cannot-disable-self");
        }
        if (person.isEnabled() != enabled) {
            person.setEnabled(enabled);
            if (!enabled) {
                events.publishEvent(new PersonDisabled(id));
            }
        }
    }

    /** For a person who forgot their password: the admin sets a new one and tells them. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(PersonId id, String newPassword) {
        Person person = load(id);
        InputChecks checks = new InputChecks();
        rules.checkPassword(newPassword, person.getUsername(), checks);
        checks.throwIfAny();
        person.setPasswordHash(passwords.encode(newPassword));
    }

    /** First start: creates the administrator account unless it exists. Returns whether it was created. */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean createAdministratorIfMissing(String rawPassword) {
        if (people.existsByUsername(ADMIN_USERNAME)) {
            return false;
        }
        InputChecks checks = new InputChecks();
        rules.checkPassword(rawPassword, ADMIN_USERNAME, checks);
        checks.throwIfAny();
        Person admin = new Person(ADMIN_USERNAME, "admin@paralelo.invalid", passwords.encode(rawPassword),
                "Administración Paralelo", Languages.SPANISH_TAG, clock.instant());
        admin.setRoles(Set.of(Role.ADMIN));
        people.saveAndFlush(admin);
        return true;
    }

    private static String scopeText(RegionScope scope) {
        if (scope.isEmpty()) {
            return "";
        }
        return scope.all() ? " (regions: all)" : " (regions: " + scope.regionIds().stream().sorted()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    private Person load(PersonId id) {
        return people.findById(id.value()).orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }

    private static boolean isCurrentUser(Person person) {
        return Caller.authentication().map(who -> person.getUsername().equals(who.getName())).orElse(false);
    }
}
