package org.paralelo.people;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.ImportColumnChoice;
import org.paralelo.people.domain.ImportColumnChoiceRepository;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.people.imports.ParticipantFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk participant import: read a CSV or XLSX file, map its columns to fields (remembered per admin), preview what
 * every row would do, and confirm. A confirmed import stores every valid row in one transaction, or nothing if
 * anything fails on the way; rows with errors are left out and listed, so the admin fixes them in the file and
 * imports it again, which changes nothing for the rows already in (matched by e-mail, then username). New accounts
 * are learners without a password, each with an activation link (14 days, single use). Coordinators import too,
 * but only learners of their regions: other rows are errors like any other (see {@link ImportPlanner}).
 */
@Service
@Transactional
@PreAuthorize(ParticipantImportService.IMPORTERS)
public class ParticipantImportService {

    /** Admins import anyone; coordinators import learners of their own regions only (checked row by row). */
    public static final String IMPORTERS = "hasAnyRole('ADMIN', 'COORDINATOR')";

    /** The largest file accepted, for the upload field. */
    public static final int MAX_BYTES = ParticipantFiles.MAX_BYTES;
    private static final int BATCH = 100;

    private final ImportPlanner planner;
    private final ImportColumnChoiceRepository choices;
    private final PersonRepository people;
    private final AccountRules rules;
    private final ActivationService activation;
    private final AuditService audit;
    private final Caller caller;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantImportService(ImportPlanner planner, ImportColumnChoiceRepository choices, PersonRepository people,
                             AccountRules rules, ActivationService activation, AuditService audit, Caller caller,
                             EntityManager entities, ApplicationEventPublisher events, Clock clock) {
        this.entities = entities;
        this.events = events;
        this.clock = clock;
        this.planner = planner;
        this.choices = choices;
        this.people = people;
        this.rules = rules;
        this.activation = activation;
        this.audit = audit;
        this.caller = caller;
    }

    /** Reads the uploaded bytes; an unreadable file is refused with {@link ImportFileRefusedException}. */
    @Transactional(readOnly = true)
    @PreAuthorize(IMPORTERS)
    public ImportTable read(byte[] bytes) {
        return ParticipantFiles.read(bytes);
    }

    /** The mapping to start from: what this admin chose last time for the same headers, else a guess by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(IMPORTERS)
    public ImportMapping proposedMapping(List<String> headers) {
        Map<String, ImportField> remembered = new HashMap<>();
        caller.id().ifPresent(me -> choices.findByPersonId(me.value())
                .forEach(c -> remembered.put(c.getHeaderKey(), c.getField())));
        ImportMapping guessed = ImportMapping.guess(headers);
        List<@Nullable ImportField> fields = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            ImportField field = remembered.get(key(headers.get(i)));
            fields.add(field != null ? field : guessed.columns().get(i));
        }
        return new ImportMapping(fields);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(IMPORTERS)
    public ImportPreview preview(ImportTable table, ImportMapping mapping) {
        requireUsable(mapping);
        return new ImportPreview(planner.plan(table, mapping, caller.regionScope()).stream().map(ImportPlanner.Planned::preview).toList());
    }

    /**
     * Imports every valid row (planned again here, under a lock that makes a second import of the same file wait
     * and then find nothing to do) and remembers the mapping. Error rows are skipped and counted.
     */
    @PreAuthorize(IMPORTERS)
    public ImportResult confirm(ImportTable table, ImportMapping mapping) {
        requireUsable(mapping);
        // The JVM lock lines up imports on this node before they take the database lock, so the database lock is
        // only ever waited on for the moment of a commit (H2's lock timeout is short); it covers other nodes.
        oneAtATime.lock();
        try {
            choices.lockImports();
            return importRows(table, mapping);
        } finally {
            oneAtATime.unlock();
        }
    }

    private ImportResult importRows(ImportTable table, ImportMapping mapping) {
        remember(table.headers(), mapping);
        List<PersonId> created = new ArrayList<>();
        List<PersonId> imported = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        int stored = 0;
        KnownMunicipalities municipalities = new KnownMunicipalities();
        for (ImportPlanner.Planned row : planner.plan(table, mapping, caller.regionScope())) {
            if (++stored % BATCH == 0) {
                settle();
            }
            switch (row.preview().outcome()) {
                case CREATE -> {
                    PersonId id = create(row, municipalities);
                    created.add(id);
                    imported.add(id);
                }
                case UPDATE -> {
                    Person person = people.findById(row.personId()).orElseThrow(
                            () -> new UserFacingException("error.person-not-found"));
                    rules.applyProfile(person, row.profile(), municipalities);
                    imported.add(new PersonId(person.getId()));
                    updated++;
                }
                case UNCHANGED -> {
                    imported.add(new PersonId(row.personId()));
                    unchanged++;
                }
                case ERROR -> skipped++;
            }
        }
        settle();
        List<ActivationLink> links = new ArrayList<>();
        for (int from = 0; from < created.size(); from += BATCH) {
            links.addAll(activation.createLinks(created.subList(from, Math.min(created.size(), from + BATCH))));
            settle();
        }
        audit.record(AuditAction.PARTICIPANTS_IMPORTED, "created " + created.size() + ", updated " + updated
                + ", unchanged " + unchanged + ", rows with errors " + skipped);
        return new ImportResult(created.size(), updated, unchanged, skipped, imported, links,
                activation.mailAvailable());
    }

    /**
     * A learner without a password, from a row the planner checked (valid, e-mail and username free; the unique
     * keys still guard against a registration in between, which rolls the whole import back).
     */
    private PersonId create(ImportPlanner.Planned row, KnownMunicipalities municipalities) {
        ProfileData profile = row.profile();
        Person person = new Person(row.username(), profile.email(), null, profile.fullName(), profile.languageTag(),
                clock.instant());
        rules.applyProfile(person, profile, municipalities);
        person.setRoles(Set.of(Role.LEARNER));
        PersonId id = new PersonId(people.save(person).getId());
        municipalities.learn(person.getState(), person.getMunicipality());
        events.publishEvent(new PersonRegistered(id, false));
        return id;
    }

    /** Municipality spellings per state, read once per import and extended as rows add new names. */
    private final class KnownMunicipalities implements Function<MexicanState, List<String>> {

        private final Map<MexicanState, List<String>> byState = new HashMap<>();

        @Override
        public List<String> apply(MexicanState state) {
            return byState.computeIfAbsent(state, s -> new ArrayList<>(people.municipalitiesOf(s)));
        }

        void learn(@Nullable MexicanState state, @Nullable String municipality) {
            if (state != null && municipality != null && !apply(state).contains(municipality)) {
                apply(state).add(municipality);
            }
        }
    }

    /**
     * Writes what is pending and empties the persistence context: every query flushes first, and checking a
     * thousand managed accounts for changes before each one made a 1,000-row import take a minute.
     */
    private void settle() {
        entities.flush();
        entities.clear();
    }

    private static void requireUsable(ImportMapping mapping) {
        if (!mapping.maps(ImportField.FULL_NAME) || !mapping.maps(ImportField.EMAIL)) {
            throw new UserFacingException("import.mapping.name-and-email-required");
        }
    }

    private void remember(List<String> headers, ImportMapping mapping) {
        Optional<PersonId> me = caller.id();
        if (me.isEmpty()) {
            return;
        }
        Map<String, ImportColumnChoice> saved = new HashMap<>();
        choices.findByPersonId(me.get().value()).forEach(c -> saved.put(c.getHeaderKey(), c));
        Set<String> done = new java.util.HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = key(headers.get(i));
            if (key.isEmpty() || !done.add(key)) {
                continue;
            }
            ImportField field = mapping.fieldAt(i).orElse(null);
            ImportColumnChoice existing = saved.remove(key);
            if (field == null && existing != null) {
                choices.delete(existing);
            } else if (field != null && existing != null) {
                existing.setField(field);
            } else if (field != null) {
                choices.save(new ImportColumnChoice(me.get().value(), key, field));
            }
        }
    }

    private static String key(String header) {
        String folded = MunicipalityNames.fold(header);
        return folded.length() > ImportColumnChoice.MAX_HEADER ? folded.substring(0, ImportColumnChoice.MAX_HEADER)
                : folded;
    }
}
