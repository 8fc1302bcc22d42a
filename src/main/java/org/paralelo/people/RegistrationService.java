package org.paralelo.people;

import java.util.Set;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learners create their own accounts here while admins keep registration open. */
@Service
@Transactional
public class RegistrationService {

    private final AccountCreation creation;
    private final SettingsService settings;
    private final ApplicationEventPublisher events;

    RegistrationService(AccountCreation creation, SettingsService settings, ApplicationEventPublisher events) {
        this.creation = creation;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Registers a learner. Whatever roles the form claims, a self-registered account is a learner only.
     */
    @PreAuthorize("permitAll()")
    public PersonId register(String username, String password, ProfileData profile) {
        if (!settings.isSelfRegistrationOpen()) {
            throw new UserFacingException("error.registration-closed");
        }
        PersonId id = creation.create(new NewAccount(username, password, Set.of(Role.LEARNER), profile),
                new InputChecks());
        events.publishEvent(new PersonRegistered(id, true));
        return id;
    }
}
