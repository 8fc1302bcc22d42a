package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paralelo.notifications.MailFixture.received;
import static org.paralelo.notifications.MailFixture.settle;
import static org.paralelo.notifications.MailFixture.signsIn;
import static org.paralelo.notifications.MailFixture.token;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.AccountService;
import org.paralelo.people.ActivationLink;
import org.paralelo.people.ActivationService;
import org.paralelo.people.LinkState;
import org.paralelo.people.PasswordResetService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.MailServer;
import org.paralelo.support.MailTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;

/** Accounts made without a password are activated once, within 14 days, through a mailed link. */
@MailTest
@Tag("persistence")
class ActivationByMailTest {

    private static final String CHOSEN = "mi-primera-frase-2026";

    @Autowired ActivationService activations;
    @Autowired PasswordResetService resets;
    @Autowired AccountService accounts;
    @Autowired MailWorker worker;
    @Autowired AuthenticationManager authentication;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_imported_person_activates_their_account_with_the_mailed_link_and_signs_in() throws Exception {
        String username = People.uniqueUsername("importada");
        PersonId id = As.admin(() -> activations.createWithoutPassword(username, Set.of(Role.LEARNER),
                People.profile(username)));
        assertThat(signsIn(authentication, username, "")).isFalse();

        List<ActivationLink> links = As.admin(() -> activations.createLinks(List.of(id)));
        settle(jdbc);
        worker.sendDue();

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.username()).isEqualTo(username);
            assertThat(link.link()).startsWith("http://localhost:8080/activar/");
            assertThat(link.expiresAt()).isBetween(clock.instant().plus(Duration.ofDays(14).minusMinutes(1)),
                    clock.instant().plus(Duration.ofDays(14)));
        });
        MimeMessage mail = received(username + "@ejemplo.mx", 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Activa tu cuenta de Paralelo");
        assertThat(MailServer.part(mail, "text/plain")).contains("con el usuario " + username);
        String token = token(mail, "activar/");
        assertThat(links.getFirst().link()).endsWith(token);

        As.anonymous(() -> {
            activations.activate(token, CHOSEN);
            return null;
        });

        assertThat(signsIn(authentication, username, CHOSEN)).isTrue();
        assertThat(As.anonymous(() -> activations.linkState(token))).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> As.anonymous(() -> {
            activations.activate(token, "otra-frase-cualquiera");
            return null;
        })).isInstanceOf(UserFacingException.class);
    }

    @Test
    void accounts_that_already_have_a_password_get_no_activation_link() {
        PersonId withPassword = People.create(accounts, People.uniqueUsername("conclave"), Role.LEARNER);
        assertThat(As.admin(() -> activations.createLinks(List.of(withPassword)))).isEmpty();
    }

    @Test
    void an_activation_link_works_for_fourteen_days_only() {
        String token = activationToken("tardia");

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        try {
            assertThat(As.anonymous(() -> activations.linkState(token))).isEqualTo(LinkState.EXPIRED);
            assertThatThrownBy(() -> As.anonymous(() -> {
                activations.activate(token, CHOSEN);
                return null;
            })).isInstanceOf(UserFacingException.class);
        } finally {
            clock.advance(Duration.ofDays(-14).minusMinutes(1));
        }
    }

    @Test
    void an_activation_link_does_not_reset_a_password_and_a_reset_link_does_not_activate() {
        String token = activationToken("cruzada");

        assertThat(As.anonymous(() -> activations.linkState(token))).isEqualTo(LinkState.VALID);
        assertThat(As.anonymous(() -> resets.linkState(token))).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void only_admins_create_accounts_without_password_and_activation_links() {
        String username = People.uniqueUsername("nadie");
        String[] trainer = {"TRAINER"};
        assertThatThrownBy(() -> As.user("t", trainer, () -> activations.createWithoutPassword(username,
                Set.of(Role.LEARNER), People.profile(username)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> activations.createLinks(List.of(new PersonId(1)))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String activationToken(String prefix) {
        String username = People.uniqueUsername(prefix);
        PersonId id = As.admin(() -> activations.createWithoutPassword(username, Set.of(Role.LEARNER),
                People.profile(username)));
        String link = As.admin(() -> activations.createLinks(List.of(id))).getFirst().link();
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
