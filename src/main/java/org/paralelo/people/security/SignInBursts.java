package org.paralelo.people.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.paralelo.people.PersonId;
import org.paralelo.people.SignInFailuresBurst;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.people.domain.SignInNotice;
import org.paralelo.people.domain.SignInNoticeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records a burst of failures on an existing account as a notice for its owner and an event, in one transaction. */
@Component
class SignInBursts {

    private final PersonRepository people;
    private final SignInNoticeRepository notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInBursts(PersonRepository people, SignInNoticeRepository notices, ApplicationEventPublisher events,
                 Clock clock) {
        this.people = people;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Nothing happens for a name that is no account: there is nobody to tell. */
    @Transactional
    public void record(String accountName, int failures) {
        people.findByUsernameOrEmail(accountName).ifPresent(person -> {
            Instant now = clock.instant();
            long id = Objects.requireNonNull(person.getId());
            notices.save(new SignInNotice(id, failures, now));
            events.publishEvent(new SignInFailuresBurst(new PersonId(id), failures, now));
        });
    }
}
