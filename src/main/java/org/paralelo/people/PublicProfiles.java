package org.paralelo.people;

import java.util.Collection;
import java.util.Set;

/**
 * Which people have chosen to show their profile to other members: implemented by the community module (its
 * opt-in network profile). {@link PersonDirectory#memberFacts} hands out facts only for people named here, so a
 * person who has not opted in stays invisible. Without an implementation nobody is public.
 */
public interface PublicProfiles {

    /** Of the given people, those whose profile is public to signed-in members. */
    Set<PersonId> publicAmong(Collection<PersonId> people);
}
