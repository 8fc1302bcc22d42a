package org.paralelo.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.paralelo.notifications.domain.NoticeRepository;
import org.paralelo.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens that their person has new notices. A bell registers a callback while it is on screen and
 * removes it when detached, so an idle server holds one map entry per open page and no thread; a new notice costs
 * one count query per person who has a page open. Callbacks must be quick (they hand over to {@code UI.access},
 * which pushes the change through Vaadin's push connection).
 */
@Component
public class NoticeBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NoticeBroadcaster.class);

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final NoticeRepository notices;

    NoticeBroadcaster(NoticeRepository notices) {
        this.notices = notices;
    }

    /** Calls {@code onUnreadCount} with the person's unread count whenever it changes; returns the way to stop. */
    public Runnable register(PersonId person, LongConsumer onUnreadCount) {
        listeners.computeIfAbsent(person.value(), id -> ConcurrentHashMap.newKeySet()).add(onUnreadCount);
        return () -> listeners.computeIfPresent(person.value(), (id, set) -> {
            set.remove(onUnreadCount);
            return set.isEmpty() ? null : set;
        });
    }

    /** After notices for these people were committed (or read): refresh their open bells. */
    @Transactional(readOnly = true)
    public void changed(Collection<PersonId> people) {
        for (PersonId person : people) {
            Set<LongConsumer> open = listeners.get(person.value());
            if (open == null || open.isEmpty()) {
                continue;
            }
            long unread = notices.countByPersonIdAndReadAtIsNull(person.value());
            for (LongConsumer listener : open) {
                try {
                    listener.accept(unread);
                } catch (RuntimeException closedMeanwhile) {
                    log.debug("A notice bell could not be updated", closedMeanwhile);
                }
            }
        }
    }

    /** Refreshes the bells once the current transaction commits (at once when there is none). */
    public void changedAfterCommit(Collection<PersonId> people) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changed(people);
            return;
        }
        List<PersonId> told = List.copyOf(people);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changed(told);
            }
        });
    }

    /** How many screens listen at the moment (for tests and diagnostics). */
    int openBells() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }
}
