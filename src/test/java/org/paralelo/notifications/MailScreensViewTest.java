package org.paralelo.notifications;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.paralelo.notifications.MailFixture.learner;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.notifications.MailFixture.Someone;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.MailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** The mail screens with mail configured: forgotten password request and new password, unsubscribe, preferences. */
@ContextConfiguration(initializers = MailServer.Initializer.class)
@TestPropertySource(properties = "paralelo.mail.poll-interval=1h")
class MailScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired MailWorker worker;
    @Autowired MailPreferenceService preferences;
    @Autowired UnsubscribeTokens tokens;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_request_page_answers_alike_for_a_known_and_an_unknown_address_and_the_mailed_link_sets_the_password() {
        Someone ana = learner(accounts, "pantalla", "es-MX");
        String unknown = "nadie-" + System.nanoTime() + "@ejemplo.mx";

        String forUnknown = request(unknown);
        String forAna = request(ana.email());
        assertThat(forAna.replace(ana.email(), "X")).isEqualTo(forUnknown.replace(unknown, "X"));
        assertThat(forAna).startsWith("Si hay una cuenta con la dirección " + ana.email());

        MailFixture.settle(jdbc);
        worker.sendDue();
        String token = MailFixture.token(MailFixture.received(ana.email(), 1).getFirst(), "contrasena/nueva/");
        assertThat(titleAt("contrasena/nueva/" + token)).isEqualTo("Elige una contraseña nueva · Paralelo");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "nueva-frase-de-ana");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat")), "nueva-frase-de-ana");
        _click(_get(Button.class, spec -> spec.withId("save")));

        // The sign-in page (not a Vaadin view) shows "Listo: tu contraseña cambió…" itself (SignInPageTest).
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(call ->
                assertThat(call.getInvocation().getParameters()).contains("login?done=password-reset"));
    }

    @Test
    void a_malformed_address_is_marked_on_its_field_and_nothing_is_sent() {
        UI.getCurrent().navigate("contrasena/olvide");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), "sin-arroba");
        _click(_get(Button.class, spec -> spec.withId("send")));

        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("error.email-format"));
        assertThat(_find(Paragraph.class, spec -> spec.withId("sent"))).isEmpty();
    }

    @Test
    void the_unsubscribe_page_switches_the_kind_off_without_signing_in_and_can_undo_it() {
        Someone ana = learner(accounts, "bajapag", "en");
        String token = tokens.sign(ana.id(), MailKind.COMMUNITY_MENTION);
        useLanguage(Languages.ENGLISH);

        assertThat(titleAt("correo/baja/" + token)).isEqualTo("Unsubscribe · Paralelo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .isEqualTo("Done: you will no longer receive “Mentions of you in the Network” "
                        + "e-mail. This applies from now on.");
        assertThat(wants(ana, MailKind.COMMUNITY_MENTION)).isFalse();

        _click(_get(Button.class, spec -> spec.withId("undo")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .startsWith("Done: you will receive");
        assertThat(wants(ana, MailKind.COMMUNITY_MENTION)).isTrue();
    }

    @Test
    void a_forged_unsubscribe_link_says_it_is_not_valid() {
        UI.getCurrent().navigate("correo/baja/1.COMMUNITY_MENTION." + "A".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .startsWith("Este enlace de baja no es válido.");
        assertThat(_find(Button.class, spec -> spec.withId("undo"))).isEmpty();
    }

    @Test
    void a_signed_in_person_switches_a_kind_off_on_the_preferences_page() {
        Someone ana = learner(accounts, "prefpag", "es-MX");
        signIn(ana.username(), "LEARNER");

        assertThat(titleAt("correo/preferencias")).isEqualTo("Correos que recibes · Paralelo");
        Checkbox summary = _get(Checkbox.class, spec -> spec.withId("kind-PROGRESS_SUMMARY"));
        assertThat(summary.getValue()).isTrue();
        assertThat(_find(Checkbox.class, spec -> spec.withId("kind-ACCOUNT"))).isEmpty();
        _setValue(summary, false);

        expectNotifications("Preferencia guardada.");
        assertThat(wants(ana, MailKind.PROGRESS_SUMMARY)).isFalse();
        assertThat(wants(ana, MailKind.COMMUNITY_MENTION)).isTrue();
    }

    @Test
    void the_preferences_page_offers_at_once_digest_or_never_for_each_network_kind_and_saves_a_change() {
        Someone leo = learner(accounts, "frecuencia", "en");
        signIn(leo.username(), "LEARNER");
        useLanguage(Languages.ENGLISH);

        assertThat(titleAt("correo/preferencias")).isEqualTo("E-mail you receive · Paralelo");
        RadioButtonGroup<MailFrequency> replies = frequencyOf("COMMUNITY_REPLY");
        assertThat(replies.getLabel()).isEqualTo("Replies in Network threads you follow");
        assertThat(replies.getValue()).isEqualTo(MailFrequency.DAILY_DIGEST);
        assertThat(frequencyOf("COMMUNITY_MENTION").getValue()).isEqualTo(MailFrequency.IMMEDIATELY);
        assertThat(frequencyOf("COMMUNITY_MESSAGE").getValue()).isEqualTo(MailFrequency.IMMEDIATELY);
        assertThat(replies.getListDataView().getItems().map(replies.getItemLabelGenerator()::apply))
                .containsExactly("Right away", "In a daily digest", "Never");
        assertThat(_get(Checkbox.class, spec -> spec.withId("kind-PROGRESS_SUMMARY")).getValue()).isTrue();

        _setValue(replies, MailFrequency.IMMEDIATELY);
        expectNotifications("Preference saved.");
        _setValue(frequencyOf("COMMUNITY_MESSAGE"), MailFrequency.NEVER);
        expectNotifications("Preference saved.");

        assertThat(As.user(leo.username(), new String[] {"LEARNER"}, preferences::mine))
                .contains(new MailPreference(MailKind.COMMUNITY_REPLY, MailFrequency.IMMEDIATELY),
                        new MailPreference(MailKind.COMMUNITY_MESSAGE, MailFrequency.NEVER),
                        new MailPreference(MailKind.COMMUNITY_MENTION, MailFrequency.IMMEDIATELY));
        UI.getCurrent().navigate("registro");
        UI.getCurrent().navigate("correo/preferencias");
        assertThat(frequencyOf("COMMUNITY_REPLY").getValue()).as("kept after leaving the page")
                .isEqualTo(MailFrequency.IMMEDIATELY);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<MailFrequency> frequencyOf(String kind) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("kind-" + kind));
    }

    private static String request(String email) {
        UI.getCurrent().navigate("registro");
        UI.getCurrent().navigate("contrasena/olvide");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), email);
        _click(_get(Button.class, spec -> spec.withId("send")));
        return _get(Paragraph.class, spec -> spec.withId("sent")).getText();
    }

    private boolean wants(Someone someone, MailKind kind) {
        return As.user(someone.username(), new String[] {"LEARNER"}, preferences::mine).stream()
                .filter(p -> p.kind() == kind).findFirst().orElseThrow().wanted();
    }
}
