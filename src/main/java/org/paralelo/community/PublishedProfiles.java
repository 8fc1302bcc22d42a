package org.paralelo.community;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.paralelo.community.domain.NetworkProfileRepository;
import org.paralelo.people.PersonId;
import org.paralelo.people.PublicProfiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells people's directory who has switched their network profile on; nobody else is shown to members. */
@Component
class PublishedProfiles implements PublicProfiles {

    private final NetworkProfileRepository profiles;

    PublishedProfiles(NetworkProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> publicAmong(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return profiles.findPublishedAmong(people.stream().map(PersonId::value).toList()).stream()
                .map(PersonId::new).collect(Collectors.toSet());
    }
}
