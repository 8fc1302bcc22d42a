package org.paralelo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.base.UserFacingException;
import org.paralelo.notifications.domain.OutboxRepository;
import org.paralelo.people.ActivationLink;
import org.paralelo.people.ActivationService;
import org.paralelo.people.PasswordResetService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** No MAIL_HOST: the app works as before, says so where a link would have been mailed, and queues nothing. */
@ParaleloSpringTest
class WithoutMailTest {

    @Autowired PasswordResetService resets;
    @Autowired ActivationService activations;
    @Autowired MailPreferenceService preferences;
    @Autowired OutboxRepository outbox;
    @Autowired MailWorker worker;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_forgotten_password_request_says_mail_is_not_available() {
        assertThat(As.anonymous(resets::mailAvailable)).isFalse();
        assertThat(As.anonymous(preferences::mailAvailable)).isFalse();
        assertThatThrownBy(() -> As.anonymous(() -> {
            resets.requestReset("admin@paralelo.invalid", "10.9.0.1");
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("password-reset.no-mail");
    }

    @Test
    void activation_links_are_still_made_for_the_admin_to_hand_out_and_nothing_is_queued() {
        String username = People.uniqueUsername("amano");
        PersonId id = As.admin(() -> activations.createWithoutPassword(username, Set.of(Role.LEARNER),
                People.profile(username)));
        long before = outbox.count();

        List<ActivationLink> links = As.admin(() -> activations.createLinks(List.of(id)));
        MailFixture.settle(jdbc);

        assertThat(As.admin(activations::mailAvailable)).isFalse();
        assertThat(links).singleElement().satisfies(link -> assertThat(link.link()).contains("/activar/"));
        assertThat(outbox.count()).isEqualTo(before);
        assertThat(worker.sendDue()).isZero();
    }
}
