package org.paralelo.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.paralelo.notifications.domain.MailPreferenceRepository;
import org.paralelo.notifications.domain.MailPreferenceRow;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;

/** Reads and changes who wants which kind of mail, and how often; account mail is always wanted. */
@Component
class MailPreferences {

    private final MailPreferenceRepository preferences;
    private final OutboxRepository outbox;
    private final Clock clock;

    MailPreferences(MailPreferenceRepository preferences, OutboxRepository outbox, Clock clock) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.clock = clock;
    }

    boolean wants(PersonId person, MailKind kind) {
        return frequency(person, kind) != MailFrequency.NEVER;
    }

    MailFrequency frequency(PersonId person, MailKind kind) {
        if (!kind.optional()) {
            return MailFrequency.IMMEDIATELY;
        }
        return preferences.findById(new MailPreferenceRow.Key(person.value(), kind))
                .map(MailPreferenceRow::getFrequency).orElse(kind.defaultFrequency());
    }

    /** Each person's frequency for one kind, in one query (a thread's followers are many). */
    Map<Long, MailFrequency> frequencies(MailKind kind, Collection<Long> people) {
        Map<Long, MailFrequency> chosen = new HashMap<>();
        people.forEach(person -> chosen.put(person, kind.defaultFrequency()));
        if (kind.optional() && !people.isEmpty()) {
            preferences.findByKeyKindAndKeyPersonIdIn(kind, people)
                    .forEach(row -> chosen.put(row.getKey().personId(), row.getFrequency()));
        }
        return chosen;
    }

    /** On is the kind's default frequency. */
    void set(PersonId person, MailKind kind, boolean wanted) {
        set(person, kind, wanted ? kind.defaultFrequency() : MailFrequency.NEVER);
    }

    /** Takes effect at once: switching a kind off also drops its mail still waiting in the outbox. */
    void set(PersonId person, MailKind kind, MailFrequency frequency) {
        if (!kind.optional() || !kind.choices().contains(frequency)) {
            throw new IllegalArgumentException(kind + " mail cannot be sent " + frequency);
        }
        MailPreferenceRow.Key key = new MailPreferenceRow.Key(person.value(), kind);
        preferences.findById(key).ifPresentOrElse(row -> row.setFrequency(frequency, clock.instant()),
                () -> preferences.save(new MailPreferenceRow(key, frequency, clock.instant())));
        if (frequency == MailFrequency.NEVER) {
            outbox.dropPending(person.value(), kind);
        }
    }
}
