package org.paralelo.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small look-ups about people for other parts of the system; no personal data beyond what each call names.
 * Admins (and the system task) read everyone. Trainers read the facts of their own learners only (see {@link
 * TrainerAudience}), and find learners to enrol by a few letters of a name, username or e-mail, never by browsing.
 */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    /** How many characters a trainer types before learners are looked up. */
    public static final int TRAINER_MIN_SEARCH = 3;
    /** At most this many learners per look-up for a trainer. */
    public static final int TRAINER_MAX_RESULTS = 20;

    private final PersonRepository people;
    private final ObjectProvider<TrainerAudience> audience;
    private final ObjectProvider<PublicProfiles> publicProfiles;
    private final Caller caller;

    PersonDirectory(PersonRepository people, ObjectProvider<TrainerAudience> audience,
                    ObjectProvider<PublicProfiles> publicProfiles, Caller caller) {
        this.people = people;
        this.caller = caller;
        this.audience = audience;
        this.publicProfiles = publicProfiles;
    }

    /** A person's name as shown beside their work (version history, course trainers). */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> displayName(PersonId id) {
        return people.findById(id.value()).map(Person::getFullName);
    }

    /** Names and usernames of the given people, one query: shown beside their posts. Unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<PersonId, PersonRef> refs(Collection<PersonId> ids) {
        Map<PersonId, PersonRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            people.findAllById(ids.stream().map(PersonId::value).toList()).forEach(p -> found.put(
                    new PersonId(p.getId()), new PersonRef(new PersonId(p.getId()), p.getFullName(), p.getUsername())));
        }
        return found;
    }

    /** {@link AuthorFacts} of the people with these usernames (mentions); unknown usernames are left out. */
    @PreAuthorize("isAuthenticated()")
    public List<AuthorFacts> authorsByUsername(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : people.findByUsernameIn(usernames).stream()
                .map(PersonDirectory::author).toList();
    }

    /** {@link AuthorFacts} of the given people (a thread's followers); unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public List<AuthorFacts> authors(Collection<PersonId> ids) {
        return ids.isEmpty() ? List.of() : people.findWithRolesByIdIn(ids.stream().map(PersonId::value).toList())
                .stream().map(PersonDirectory::author).toList();
    }

    /** {@link AuthorFacts} of one person, for posting rules. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AuthorFacts> author(PersonId id) {
        return people.findById(id.value()).map(PersonDirectory::author);
    }

    private static AuthorFacts author(Person p) {
        return new AuthorFacts(new PersonId(p.getId()), p.getFullName(), p.getUsername(), p.getRoles(),
                p.getCreatedAt(), p.isEnabled());
    }

    /** Everyone holding the trainer role, for choosing co-trainers. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<PersonRef> trainers() {
        return people.findEnabledWithRole(Role.TRAINER).stream()
                .map(p -> new PersonRef(new PersonId(p.getId()), p.getFullName(), p.getUsername())).toList();
    }

    /**
     * Enabled learners matching a filter (region, state, municipality, position), for enrolling a group. A
     * coordinator gets only the learners of their regions.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN', 'COORDINATOR')")
    public List<PersonId> learnersMatching(PeopleFilter filter) {
        RegionScope limit = coordinatorLimit();
        return people.findLearnersMatching(filter.regionId(), filter.state(), filter.municipalityKey(),
                filter.position()).stream().filter(p -> limit.covers(regionOf(p)))
                .map(p -> new PersonId(p.getId())).toList();
    }

    /** Whether the caller may follow this person: admins everyone, a coordinator the people of their regions. */
    @PreAuthorize("isAuthenticated()")
    public boolean inMyRegions(PersonId person) {
        RegionScope scope = caller.regionScope();
        return !scope.isEmpty() && people.findById(person.value()).map(p -> scope.covers(regionOf(p))).orElse(false);
    }

    /** {@link #inMyRegions} for every one of these people, in one query; unknown people are not covered. */
    @PreAuthorize("isAuthenticated()")
    public boolean allInMyRegions(Collection<PersonId> persons) {
        RegionScope scope = caller.regionScope();
        List<Long> ids = persons.stream().map(PersonId::value).distinct().toList();
        List<Person> found = people.findAllById(ids);
        return !scope.isEmpty() && found.size() == ids.size() && found.stream().allMatch(p -> scope.covers(regionOf(p)));
    }

    /**
     * Enabled learners whose name, username or e-mail contains the text, for enrolling one person: name and
     * username only. A trainer gets nothing for fewer than {@link #TRAINER_MIN_SEARCH} characters and at most
     * {@link #TRAINER_MAX_RESULTS} people, so the directory cannot be listed through this call.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN', 'COORDINATOR')")
    public List<PersonRef> findLearners(@Nullable String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        boolean admin = isAdmin();
        if (!admin && needle.length() < TRAINER_MIN_SEARCH) {
            return List.of();
        }
        int most = Math.clamp(limit, 1, admin ? 100 : TRAINER_MAX_RESULTS);
        RegionScope scope = coordinatorLimit();
        return people.search(needle, PageRequest.of(0, scope.all() ? most : most * 5))
                .stream().filter(p -> p.isEnabled() && p.getRoles().contains(Role.LEARNER))
                .filter(p -> scope.covers(regionOf(p))).limit(most)
                .map(p -> new PersonRef(new PersonId(p.getId()), p.getFullName(), p.getUsername())).toList();
    }

    /** Enabled people of any role whose name, username or e-mail contains the text (admins naming someone). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonRef> findMembers(@Nullable String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int most = Math.clamp(limit, 1, 100);
        return people.search(needle, PageRequest.of(0, most * 2)).stream().filter(Person::isEnabled).limit(most)
                .map(p -> new PersonRef(new PersonId(p.getId()), p.getFullName(), p.getUsername())).toList();
    }

    /**
     * The regions an enabled coordinator follows, or {@link RegionScope#NONE} for anyone else: whether a run's
     * coordinators may read what belongs to the run (a mention in its space reaches them).
     */
    @PreAuthorize("isAuthenticated()")
    public RegionScope coordinatorScopeOf(PersonId id) {
        return people.findById(id.value()).filter(p -> p.isEnabled() && p.getRoles().contains(Role.COORDINATOR))
                .map(Person::getCoordinatorScope).orElse(RegionScope.NONE);
    }

    /**
     * Name, place, position and language of the given people (progress tables, certificates). A trainer gets
     * only those in their {@link TrainerAudience}; the others are left out, as if unknown.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN', 'COORDINATOR')")
    public List<PersonFacts> facts(Collection<PersonId> ids) {
        boolean trainer = caller.has(Role.TRAINER);
        RegionScope scope = caller.regionScope();
        Set<PersonId> byTrainer = trainer && !scope.all() ? readableByTrainer(ids) : Set.of();
        if (!scope.all() && !trainer && scope.isEmpty()) {
            return List.of();
        }
        return people.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .filter(p -> scope.covers(regionOf(p)) || byTrainer.contains(new PersonId(p.getId())))
                .map(PersonDirectory::facts).toList();
    }

    /**
     * The facts of every person of a region scope, narrowed to the caller's own (a coordinator asking for every
     * region gets theirs), for reports; only the people who hold the learner role.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<PersonFacts> learnersIn(RegionScope wanted) {
        RegionScope mine = caller.regionScope();
        if (mine.all() && wanted.all()) {
            return people.findAllLearnerColumns().stream().map(PersonDirectory::facts).toList();
        }
        // Only the regions both scopes cover are read: the database filters, not this loop.
        Set<Long> regions = new HashSet<>(mine.all() ? wanted.regionIds() : mine.regionIds());
        regions.removeIf(region -> !mine.covers(region) || !wanted.covers(region));
        return regions.isEmpty() ? List.of() : people.findLearnerColumnsIn(regions).stream()
                .map(PersonDirectory::facts).toList();
    }

    private static PersonFacts facts(Object[] row) {
        return new PersonFacts(new PersonId((Long) row[0]), (String) row[1], (String) row[2], (MexicanState) row[3],
                (String) row[4], (Long) row[5], (String) row[6], (Position) row[7], Languages.fromTag((String) row[8]));
    }

    private static PersonFacts facts(Person p) {
        return new PersonFacts(new PersonId(p.getId()), p.getFullName(), p.getUsername(), p.getState(),
                p.getMunicipality(), regionOf(p), p.getRegion() == null ? null : p.getRegion().getName(),
                p.getPosition(), Languages.fromTag(p.getPreferredLanguage()));
    }

    private static @Nullable Long regionOf(Person person) {
        return person.getRegion() == null ? null : person.getRegion().getId();
    }

    /** Every region for admins and trainers (whose own rules apply elsewhere), the assigned ones for coordinators. */
    private RegionScope coordinatorLimit() {
        return isAdmin() || !caller.has(Role.COORDINATOR) ? RegionScope.EVERY_REGION : caller.regionScope();
    }

    /** The union of every module's audience (learning's enrolled learners, programme's series participants). */
    private Set<PersonId> readableByTrainer(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<PersonId> readable = new HashSet<>();
        audience.orderedStream().forEach(a -> readable.addAll(a.among(ids)));
        return readable;
    }

    /** Admins and the system task (which runs as an admin). */
    private static boolean isAdmin() {
        return Caller.authentication().map(who -> who.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))).orElse(false);
    }

    /**
     * Public facts of enabled members for the member directory: only people whose profile is public (see {@link
     * PublicProfiles}) and, always, the caller themself; the others are left out, as if unknown.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MemberFacts> memberFacts(Collection<PersonId> ids) {
        Set<PersonId> readable = new HashSet<>();
        PublicProfiles published = publicProfiles.getIfAvailable();
        if (published != null && !ids.isEmpty()) {
            readable.addAll(published.publicAmong(ids));
        }
        Caller.authentication().flatMap(who -> people.findByUsername(who.getName()))
                .map(me -> new PersonId(me.getId())).filter(ids::contains).ifPresent(readable::add);
        if (readable.isEmpty()) {
            return List.of();
        }
        return people.findAllById(readable.stream().map(PersonId::value).toList()).stream()
                .filter(Person::isEnabled)
                .map(p -> new MemberFacts(new PersonId(p.getId()), p.getFullName(), p.getUsername(), p.getState(),
                        p.getMunicipality(), p.getRegion() == null ? null : p.getRegion().getId(),
                        p.getRegion() == null ? null : p.getRegion().getName(), p.getPosition(),
                        p.getCreativeFields(), staff(p)))
                .toList();
    }

    /** Whether the person exists, is enabled and holds the trainer or admin role (staff may write to anyone). */
    @PreAuthorize("isAuthenticated()")
    public boolean isStaff(PersonId id) {
        return people.findById(id.value()).filter(Person::isEnabled)
                .map(PersonDirectory::staff).orElse(false);
    }

    private static boolean staff(Person person) {
        return person.getRoles().contains(Role.TRAINER) || person.getRoles().contains(Role.ADMIN);
    }

    /** Whether the person exists and may sign in. */
    @PreAuthorize("isAuthenticated()")
    public boolean isEnabled(PersonId id) {
        return people.findById(id.value()).map(Person::isEnabled).orElse(false);
    }

    /** Used by the security layer after an account event, as the system task. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> usernameOf(PersonId id) {
        return people.findById(id.value()).map(Person::getUsername);
    }

    /** Where and in which language to write to a person; empty for an unknown or disabled account. */
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<MailContact> mailContact(PersonId id) {
        return people.findById(id.value()).filter(Person::isEnabled).map(PersonDirectory::contact);
    }

    /** Every enabled coordinator with the regions they follow, for the weekly summary. */
    @PreAuthorize("hasRole('SYSTEM')")
    public Map<PersonId, RegionScope> coordinators() {
        Map<PersonId, RegionScope> scopes = new java.util.LinkedHashMap<>();
        people.findEnabledWithRole(Role.COORDINATOR)
                .forEach(p -> scopes.put(new PersonId(p.getId()), p.getCoordinatorScope()));
        return scopes;
    }

    /** {@link #mailContact} for many people in one query; unknown and disabled accounts are left out. */
    @PreAuthorize("hasRole('SYSTEM')")
    public Map<PersonId, MailContact> mailContacts(Collection<PersonId> ids) {
        Map<PersonId, MailContact> contacts = new HashMap<>();
        people.findAllById(ids.stream().map(PersonId::value).distinct().toList()).stream()
                .filter(Person::isEnabled).map(PersonDirectory::contact)
                .forEach(contact -> contacts.put(contact.person(), contact));
        return contacts;
    }

    private static MailContact contact(Person p) {
        return new MailContact(new PersonId(p.getId()), p.getUsername(), p.getEmail(), p.getFullName(),
                Languages.fromTag(p.getPreferredLanguage()));
    }
}
