package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import com.vaadin.flow.component.combobox.ComboBox;
import org.paralelo.people.MexicanState;
import org.paralelo.people.RegionView;
import org.paralelo.people.Profile;
import org.paralelo.people.ProfileData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.people.AccountService;
import org.paralelo.people.ProfileService;
import org.paralelo.people.Role;
import org.paralelo.people.ui.RegisterView;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.paralelo.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

class AccountScreensViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ProfileService profiles;
    @Autowired
    AuthenticationManager authentication;

    @Test
    void after_a_burst_of_failed_sign_ins_the_owner_is_told_once_on_the_next_page() {
        String username = People.uniqueUsername("avisada");
        People.create(accounts, username, Role.LEARNER);
        for (int i = 0; i < 10; i++) {
            failToSignIn(username, "203.0.113." + (100 + i));
        }

        signIn(username, "LEARNER");
        UI.getCurrent().navigate("mis-cursos");

        Notification notice = _get(Notification.class, spec -> spec.withClasses("sign-in-notice"));
        assertThat(_get(notice, Span.class).getText())
                .startsWith("Alguien intentó entrar a tu cuenta con una contraseña equivocada 10 veces");
        _click(_get(notice, Button.class, spec -> spec.withText("Entendido")));
        UI.getCurrent().navigate("perfil");
        assertThat(_find(Notification.class, spec -> spec.withClasses("sign-in-notice")))
                .as("open notices after closing it and moving on").noneMatch(Notification::isOpened);
    }

    private void failToSignIn(String username, String address) {
        assertThatThrownBy(() -> SignIns.attempt(authentication, username, "adivina-mal", address))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_visitor_registers_from_the_form_and_is_signed_in_at_once_without_typing_the_password_again() {
        UI.getCurrent().navigate(RegisterView.class);
        String username = People.uniqueUsername("registro");
        String sessionBefore = VaadinSession.getCurrent().getSession().getId();

        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), People.PASSWORD);
        _setValue(_get(TextField.class, spec -> spec.withId("full-name")), "Juana Inés López");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), username + "@ejemplo.mx");
        _click(_get(Button.class, spec -> spec.withId("register")));

        Object saved = VaadinSession.getCurrent().getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        // The session now holds the new learner (Vaadin's security strategy reads it from there from now on).
        assertThat(saved).isInstanceOfSatisfying(SecurityContext.class, context -> {
            assertThat(context.getAuthentication().getName()).isEqualTo(username);
            assertThat(context.getAuthentication().getAuthorities()).extracting(a -> a.getAuthority())
                    .contains(Role.LEARNER.authority()).noneMatch(a -> a.equals(Role.ADMIN.authority())
                            || a.equals(Role.TRAINER.authority()));
        });
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("a new session id: no fixation")
                .isNotEqualTo(sessionBefore);
    }

    @Test
    void a_registration_with_a_weak_password_and_no_name_marks_both_fields_and_stores_nothing() {
        UI.getCurrent().navigate(RegisterView.class);
        String username = People.uniqueUsername("debil");

        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "1234");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), username + "@ejemplo.mx");
        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getErrorMessage())
                .isEqualTo("La contraseña debe tener al menos 8 caracteres.");
        assertThat(_get(TextField.class, spec -> spec.withId("full-name")).getErrorMessage())
                .isEqualTo("Este campo es obligatorio.");
        assertThat(As.admin(() -> accounts.idOf(username))).isEmpty();
    }

    @Test
    void switching_to_english_is_saved_in_the_profile_and_the_home_then_speaks_english() {
        String username = People.uniqueUsername("idioma");
        People.create(accounts, username, Role.LEARNER);
        signIn(username, "LEARNER");
        UI.getCurrent().navigate("mis-cursos");
        assertThat(_get(H1.class).getText()).isEqualTo("Mis cursos");

        @SuppressWarnings("unchecked")
        Select<Locale> switcher = _get(Select.class, spec -> spec.withId("language-switcher"));
        _setValue(switcher, Languages.ENGLISH);

        assertThat(As.user(username, new String[] {"LEARNER"}, () -> profiles.myLanguage()))
                .contains(Languages.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
        UI.getCurrent().navigate("perfil");
        UI.getCurrent().navigate("mis-cursos");
        assertThat(_get(H1.class).getText()).isEqualTo("My courses");
    }

    @Test
    void a_person_changes_their_password_only_with_the_current_one() {
        String username = People.uniqueUsername("clave");
        People.create(accounts, username, Role.LEARNER);
        signIn(username, "LEARNER");
        UI.getCurrent().navigate("perfil");

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "no-es-la-actual");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "otra-frase-muy-segura");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getErrorMessage())
                .isEqualTo("La contraseña actual no es correcta.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), People.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        expectNotifications("Contraseña cambiada.");
    }

    @Test
    void a_person_saves_their_municipality_in_the_profile() {
        String username = People.uniqueUsername("perfil");
        People.create(accounts, username, Role.LEARNER);
        signIn(username, "LEARNER");
        UI.getCurrent().navigate("perfil");

        _setValue(_get(ComboBox.class, spec -> spec.withId("municipality")), "San Cristóbal de las Casas");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        expectNotifications("Perfil guardado.");
        assertThat(As.user(username, new String[] {"LEARNER"}, () -> profiles.myProfile()).municipality())
                .isEqualTo("San Cristóbal de las Casas");
    }

    @Test
    void picking_a_state_fills_in_its_region_and_offers_the_municipalities_already_known_there() {
        String neighbour = People.uniqueUsername("vecina");
        People.create(accounts, neighbour, Role.LEARNER);
        livesIn(neighbour, "OAX", "Oaxaca de Juárez");
        UI.getCurrent().navigate(RegisterView.class);

        @SuppressWarnings("unchecked")
        ComboBox<MexicanState> state = _get(ComboBox.class, spec -> spec.withId("state"));
        _setValue(state, MexicanState.OAX);

        @SuppressWarnings("unchecked")
        ComboBox<RegionView> region = _get(ComboBox.class, spec -> spec.withId("region"));
        assertThat(region.getValue().name()).isEqualTo("Pacífico Sur");
        @SuppressWarnings("unchecked")
        ComboBox<String> municipality = _get(ComboBox.class, spec -> spec.withId("municipality"));
        assertThat(municipality.getListDataView().getItems()).contains("Oaxaca de Juárez");
        assertThat(municipality.isAllowCustomValue()).as("a municipality nobody has named yet can be typed").isTrue();
    }

    private void livesIn(String username, String state, String municipality) {
        As.user(username, new String[] {"LEARNER"}, () -> {
            Profile p = profiles.myProfile();
            return profiles.updateMyProfile(new ProfileData(p.fullName(), p.email(), p.language().toLanguageTag(),
                    state, municipality, null, null, Set.of()), p.version());
        });
    }

    @Test
    void a_municipality_typed_with_other_case_accents_or_spacing_is_stored_as_the_spelling_the_state_has() {
        String first = People.uniqueUsername("oaxaquena");
        String second = People.uniqueUsername("oaxaqueno");
        People.create(accounts, first, Role.LEARNER);
        People.create(accounts, second, Role.LEARNER);
        livesIn(first, "OAX", "Santa María del Tule");

        livesIn(second, "OAX", "  santa  maria DEL tule ");

        assertThat(As.user(second, new String[] {"LEARNER"}, () -> profiles.myProfile()).municipality())
                .isEqualTo("Santa María del Tule");
    }
}
