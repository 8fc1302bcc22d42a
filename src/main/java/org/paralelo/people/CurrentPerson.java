package org.paralelo.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.Person;
import org.paralelo.people.domain.PersonRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the account of whoever is signed in on this thread. Its id is asked for by every object-level check and
 * every "my ..." read, several times per step (issue 16): it is looked up once per transaction and account name,
 * then remembered until that transaction ends. Nothing outlives it, so nothing is shared across requests or cluster
 * nodes; and the memo is keyed by the signed-in account name, so another account on the same thread (a system task,
 * a test switching users) never gets this one's id.
 */
@Component
class CurrentPerson {

    /** The key of this transaction's memo among the thread's transaction resources. */
    private static final Object MEMO = new Object() {
        @Override
        public String toString() {
            return "signed-in person ids of this transaction";
        }
    };

    private final PersonRepository people;

    CurrentPerson(PersonRepository people) {
        this.people = people;
    }

    Optional<Person> find() {
        return Caller.authentication().flatMap(who -> people.findByUsername(who.getName()));
    }

    Person require() {
        return find().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }

    /** The signed-in person's id; empty for anonymous callers and accounts without a row (the system task). */
    Optional<PersonId> id() {
        Optional<Authentication> who = Caller.authentication();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        String username = who.get().getName();
        Map<String, PersonId> known = memo();
        PersonId id = known == null ? null : known.get(username);
        if (id != null) {
            return Optional.of(id);
        }
        Optional<PersonId> found = people.findIdByUsername(username).map(PersonId::new);
        // Only ids found are remembered: an account created later in the same transaction is then found too.
        if (known != null) {
            found.ifPresent(it -> known.put(username, it));
        }
        return found;
    }

    /** This transaction's memo, bound on first use and dropped when the transaction completes; null outside one. */
    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, PersonId> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, PersonId> known = (Map<String, PersonId>) TransactionSynchronizationManager.getResource(MEMO);
        if (known == null) {
            known = new HashMap<>();
            TransactionSynchronizationManager.bindResource(MEMO, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MEMO);
                }
            });
        }
        return known;
    }
}
