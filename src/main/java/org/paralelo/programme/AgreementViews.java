package org.paralelo.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.domain.Agreement;
import org.paralelo.programme.domain.AgreementNote;
import org.paralelo.programme.domain.AgreementNoteRepository;
import org.paralelo.programme.domain.Organisation;
import org.paralelo.programme.domain.OrganisationRepository;
import org.paralelo.programme.domain.ProgrammeSession;
import org.paralelo.programme.domain.ProgrammeSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Agreements as screens and exports show them, every name looked up once per list: pending first, then by due
 * date (none last), then in the order they were made. Overdue: pending and due before today in the zone of the
 * session where it was made.
 */
@Component
class AgreementViews {

    static final Comparator<AgreementView> PENDING_FIRST = Comparator
            .comparing((AgreementView a) -> !a.status().pending())
            .thenComparing(AgreementView::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AgreementView::sessionDate)
            .thenComparing(a -> a.id().value());

    private final ProgrammeSessionRepository sessions;
    private final AgreementNoteRepository notes;
    private final OrganisationRepository organisations;
    private final PersonDirectory directory;

    AgreementViews(ProgrammeSessionRepository sessions, AgreementNoteRepository notes,
                   OrganisationRepository organisations, PersonDirectory directory) {
        this.sessions = sessions;
        this.notes = notes;
        this.organisations = organisations;
        this.directory = directory;
    }

    List<AgreementView> of(List<Agreement> found, Instant now) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<AgreementNote> allNotes = notes.findByAgreementIdInOrderByWrittenAtAscIdAsc(
                found.stream().map(Agreement::getId).toList());
        Map<Long, ProgrammeSession> sessionsById = new HashMap<>();
        sessions.findAllById(Stream.concat(found.stream().map(Agreement::getSessionId),
                        allNotes.stream().map(AgreementNote::getSessionId).filter(Objects::nonNull)).distinct().toList())
                .forEach(s -> sessionsById.put(s.getId(), s));
        Map<Long, String> organisationNames = organisations.findAllById(found.stream()
                        .map(Agreement::getResponsibleOrganisationId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Set<PersonId> people = Stream.concat(found.stream().map(Agreement::getResponsiblePersonId)
                        .filter(Objects::nonNull), allNotes.stream().map(AgreementNote::getWrittenBy))
                .map(PersonId::new).collect(Collectors.toSet());
        Map<PersonId, PersonRef> names = directory.refs(people);
        Map<Long, List<AgreementView.Note>> notesByAgreement = allNotes.stream().collect(Collectors.groupingBy(
                AgreementNote::getAgreementId, Collectors.mapping(n -> note(n, sessionsById, names),
                        Collectors.toList())));
        return found.stream().map(a -> {
            ProgrammeSession made = sessionsById.get(a.getSessionId());
            LocalDate today = now.atZone(made.getStarts().getZone()).toLocalDate();
            LocalDate due = a.getDueDate();
            return new AgreementView(new AgreementId(a.getId()), new SessionId(made.getId()), made.getTitle(),
                    made.getStarts().toLocalDate(), a.getBody(), responsible(a, names, organisationNames), due,
                    a.getStatus(), a.getStatus().pending() && due != null && due.isBefore(today),
                    notesByAgreement.getOrDefault(a.getId(), List.of()), a.getVersion(),
                    a.getResponsiblePersonId() == null ? null : new PersonId(a.getResponsiblePersonId()),
                    a.getResponsibleOrganisationId() == null ? null
                            : new OrganisationId(a.getResponsibleOrganisationId()));
        }).sorted(PENDING_FIRST).toList();
    }

    private static String responsible(Agreement a, Map<PersonId, PersonRef> names, Map<Long, String> organisations) {
        Long person = a.getResponsiblePersonId();
        Long organisation = a.getResponsibleOrganisationId();
        if (person != null) {
            PersonRef ref = names.get(new PersonId(person));
            return ref == null ? "" : ref.fullName();
        }
        return organisation == null ? "" : organisations.getOrDefault(organisation, "");
    }

    private static AgreementView.Note note(AgreementNote n, Map<Long, ProgrammeSession> sessions,
                                           Map<PersonId, PersonRef> names) {
        PersonRef author = names.get(new PersonId(n.getWrittenBy()));
        Long at = n.getSessionId();
        @Nullable ProgrammeSession where = at == null ? null : sessions.get(at);
        return new AgreementView.Note(n.getBody(), n.getStatusBefore(), n.getStatusAfter(),
                author == null ? "" : author.fullName(), n.getWrittenAt(), where == null ? null : where.getTitle());
    }
}
