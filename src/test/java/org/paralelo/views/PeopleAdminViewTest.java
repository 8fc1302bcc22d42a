package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonSummary;
import org.paralelo.people.SettingsService;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleAdminViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SettingsService settings;

    @Test
    void an_admin_creates_a_learner_through_the_dialog_and_finds_them_in_the_list() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/personas");
        String username = People.uniqueUsername("karibu");

        _click(_get(Button.class, spec -> spec.withId("new-person")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), People.PASSWORD);
        _setValue(_get(TextField.class, spec -> spec.withId("full-name")), "Rosa Martínez Ñuño");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), username + "@ejemplo.mx");
        @SuppressWarnings("unchecked")
        ComboBox<MexicanState> state = _get(ComboBox.class, spec -> spec.withId("state"));
        _setValue(state, MexicanState.CHP);
        _click(_get(Button.class, spec -> spec.withId("create-person")));

        assertThat(_find(Dialog.class)).as("dialog closed after creating").isEmpty();
        assertThat(As.admin(() -> accounts.idOf(username))).isPresent();
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Buscar por nombre, usuario o correo")),
                username);
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).fullName()).isEqualTo("Rosa Martínez Ñuño");
    }

    @Test
    void a_bad_email_is_shown_under_its_field_in_spanish_and_nothing_is_created() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/personas");
        String username = People.uniqueUsername("malcorreo");

        _click(_get(Button.class, spec -> spec.withId("new-person")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "corta");
        _setValue(_get(TextField.class, spec -> spec.withId("full-name")), "Sin Correo");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), "no-es-un-correo");
        _click(_get(Button.class, spec -> spec.withId("create-person")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Escribe un correo electrónico válido");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(password.getErrorMessage()).isEqualTo("La contraseña debe tener al menos 8 caracteres.");
        assertThat(_get(Button.class, spec -> spec.withId("create-person")).isEnabled()).isTrue();
        assertThat(As.admin(() -> accounts.idOf(username))).isEmpty();
    }

    @Test
    void an_admin_closes_self_registration_and_the_login_page_stops_offering_it() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/ajustes");
        try {
            _setValue(_get(Checkbox.class, spec -> spec.withId("self-registration")), false);
            assertThat(As.anonymous(settings::isSelfRegistrationOpen)).isFalse();
        } finally {
            As.admin(() -> settings.setSelfRegistrationOpen(true));
        }
    }

    @Test
    void the_regions_screen_adds_a_region_and_refuses_an_empty_name() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/regiones");
        String name = People.uniqueUsername("Huasteca");

        _setValue(_get(TextField.class, spec -> spec.withId("region-name")), "");
        _click(_get(Button.class, spec -> spec.withId("add-region")));
        assertThat(_get(TextField.class, spec -> spec.withId("region-name")).getErrorMessage())
                .isEqualTo("Este campo es obligatorio.");

        _setValue(_get(TextField.class, spec -> spec.withId("region-name")), name);
        _click(_get(Button.class, spec -> spec.withId("add-region")));
        @SuppressWarnings("unchecked")
        Grid<org.paralelo.people.RegionView> grid = _get(Grid.class, spec -> spec.withId("regions-grid"));
        assertThat(_find(Grid.class)).hasSize(1);
        boolean listed = false;
        for (int row = 0; row < _size(grid); row++) {
            listed |= _get(grid, row).name().equals(name);
        }
        assertThat(listed).isTrue();
    }
}
