package org.paralelo.people;

import java.util.Collection;
import java.util.Set;

/**
 * The people a signed-in trainer may read facts about (name, place, position): implemented by the learning module
 * as the learners enrolled in a course the trainer teaches, and by programme as the people registered at the
 * sessions of a debate series the trainer organises; a trainer reads the union of them all. Without an implementation trainers read nobody's
 * facts; admins (and the system task) always read everyone's.
 */
public interface TrainerAudience {

    /** Of the given people, those enrolled in a course the signed-in trainer teaches. */
    Set<PersonId> among(Collection<PersonId> people);
}
