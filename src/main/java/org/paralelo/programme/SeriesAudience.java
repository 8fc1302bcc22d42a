package org.paralelo.programme;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.paralelo.people.TrainerAudience;
import org.paralelo.programme.domain.SessionRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A series organiser's audience: the people registered or waiting at its sessions, so the roll call, walk-ins and
 * the sign-in sheet show their names and municipalities (they need not be enrolled in any course the organiser
 * teaches).
 */
@Component
class SeriesAudience implements TrainerAudience {

    private final SessionRegistrationRepository registrations;
    private final ProfileService profiles;

    SeriesAudience(SessionRegistrationRepository registrations, ProfileService profiles) {
        this.registrations = registrations;
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> among(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return profiles.myId().map(me -> registrations.inSeriesOrganisedBy(me.value(), people.stream()
                        .map(PersonId::value).collect(Collectors.toSet()), RegistrationStatus.CANCELLED).stream()
                .map(PersonId::new).collect(Collectors.toSet())).orElse(Set.of());
    }
}
