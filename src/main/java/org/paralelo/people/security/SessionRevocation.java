package org.paralelo.people.security;

import org.paralelo.base.SystemTask;
import org.paralelo.people.PersonDisabled;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRolesChanged;
import org.paralelo.people.PersonDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Tracks signed-in sessions so that disabling an account, or changing its roles, ends the sessions it already has:
 * the next request from such a session is sent back to the sign-in page, and the next sign-in carries the new roles.
 */
@Configuration
class SessionRevocation {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container destroys a session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SessionsOfChangedAccounts sessionsOfChangedAccounts(SessionRegistry registry, PersonDirectory directory) {
        return new SessionsOfChangedAccounts(registry, directory);
    }

    static class SessionsOfChangedAccounts {

        private final SessionRegistry registry;
        private final PersonDirectory directory;

        SessionsOfChangedAccounts(SessionRegistry registry, PersonDirectory directory) {
            this.registry = registry;
            this.directory = directory;
        }

        @ApplicationModuleListener
        void on(PersonDisabled event) {
            expireSessionsOf(event.person());
        }

        @ApplicationModuleListener
        void on(PersonRolesChanged event) {
            expireSessionsOf(event.person());
        }

        private void expireSessionsOf(PersonId person) {
            SystemTask.call(() -> directory.usernameOf(person)).ifPresent(username ->
                    registry.getAllPrincipals().stream()
                            .filter(p -> p instanceof UserDetails user && user.getUsername().equals(username))
                            .flatMap(p -> registry.getAllSessions(p, false).stream())
                            .forEach(SessionInformation::expireNow));
        }
    }
}
