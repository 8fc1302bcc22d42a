package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.ActivationService;
import org.paralelo.people.LinkState;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The login page's forgotten-password link, the request page without mail, and the activation page. */
class PasswordScreensViewTest extends KaribuTest {

    @Autowired
    ActivationService activations;

    @Test
    void without_mail_the_forgotten_password_page_says_to_ask_an_administrator_in_both_languages() {
        assertThat(titleAt("contrasena/olvide")).isEqualTo("¿Olvidaste tu contraseña? · Paralelo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-mail")).getText())
                .startsWith("Este sitio no envía correos");
        assertThat(_find(EmailField.class)).isEmpty();

        useLanguage(Languages.ENGLISH);
        UI.getCurrent().navigate("registro");
        UI.getCurrent().navigate("contrasena/olvide");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-mail")).getText())
                .startsWith("This site does not send e-mail");
    }

    @Test
    void a_person_activates_their_account_on_the_link_page_after_fixing_a_mismatch_and_a_weak_password() {
        String username = People.uniqueUsername("activa");
        String token = activationToken(username);

        assertThat(titleAt("activar/" + token)).isEqualTo("Activa tu cuenta · Paralelo");
        choose("una-frase-larga-1", "una-frase-larga-2");
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat")).getErrorMessage())
                .isEqualTo("Las dos contraseñas no coinciden.");
        choose("corta", "corta");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getErrorMessage())
                .isEqualTo("La contraseña debe tener al menos 8 caracteres.");
        assertThat(As.anonymous(() -> activations.linkState(token))).isEqualTo(LinkState.VALID);

        choose("una-frase-larga-1", "una-frase-larga-1");

        // The sign-in page (not a Vaadin view) shows the notice; SignInPageTest covers its text.
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(call ->
                assertThat(call.getInvocation().getParameters()).contains("login?done=activation"));
        assertThat(As.anonymous(() -> activations.linkState(token))).isEqualTo(LinkState.USED);
    }

    @Test
    void a_used_or_unknown_link_says_why_and_offers_a_new_one() {
        String token = activationToken(People.uniqueUsername("usada"));
        UI.getCurrent().navigate("activar/" + token);
        choose("una-frase-larga-1", "una-frase-larga-1");

        UI.getCurrent().navigate("activar/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .isEqualTo("Este enlace ya se usó y no vale otra vez.");
        assertThat(_find(PasswordField.class)).isEmpty();

        useLanguage(Languages.ENGLISH);
        UI.getCurrent().navigate("contrasena/nueva/<b>alert(1)<b>");
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .startsWith("This link is not valid.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Ask for a new link")).getHref())
                .isEqualTo("contrasena/olvide");
    }

    private String activationToken(String username) {
        PersonId id = As.admin(() -> activations.createWithoutPassword(username, Set.of(Role.LEARNER),
                People.profile(username)));
        String link = As.admin(() -> activations.createLinks(List.of(id))).getFirst().link();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static void choose(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("save")));
    }
}
