package org.paralelo.notifications;

import java.time.Clock;
import org.paralelo.notifications.domain.MailPreferenceRepository;
import org.paralelo.notifications.domain.MailPreferenceRow;
import org.paralelo.notifications.domain.MailPreferenceRow.Frequency;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.PersonId;
import org.springframework.stereotype.Component;

/** Reads and changes who wants which kind of mail; account mail is always wanted. */
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
        return !kind.optional() || preferences.findById(new MailPreferenceRow.Key(person.value(), kind))
                .map(row -> row.getFrequency() != Frequency.NEVER).orElse(true);
    }

    /** Takes effect at once: switching a kind off also drops its mail still waiting in the outbox. */
    void set(PersonId person, MailKind kind, boolean wanted) {
        if (!kind.optional()) {
            throw new IllegalArgumentException(kind + " mail cannot be switched off");
        }
        Frequency frequency = wanted ? Frequency.IMMEDIATELY : Frequency.NEVER;
        MailPreferenceRow.Key key = new MailPreferenceRow.Key(person.value(), kind);
        preferences.findById(key).ifPresentOrElse(row -> row.setFrequency(frequency, clock.instant()),
                () -> preferences.save(new MailPreferenceRow(key, frequency, clock.instant())));
        if (!wanted) {
            outbox.dropPending(person.value(), kind);
        }
    }
}
