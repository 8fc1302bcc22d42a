package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ui.PageNotFoundView;
import org.paralelo.learning.ui.LearnerHomeView;
import org.paralelo.people.ui.PeopleView;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.reporting.ui.AdminHomeView;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class ShellAndNavigationViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_learner_lands_on_my_courses_and_the_menu_shows_only_learner_screens() {
        signIn("learner-nav", "LEARNER");
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LearnerHomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Mis cursos");
        assertThat(menuLabels()).containsExactly("Mis cursos", "Mi agenda", "Series de debate", "Catálogo de cursos",
                "Red", "Miembros", "Buenas prácticas", "Mensajes", "Avisos", "Mi perfil", "Correos");
    }

    @Test
    void an_admin_lands_on_what_needs_attention_and_the_menu_shows_the_admin_screens() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(AdminHomeView.class);
        assertThat(menuLabels()).containsExactly("Inicio", "Mi agenda", "Series de debate", "Catálogo de cursos", "Red",
                "Cursos que imparto",
                "Calificar respuestas abiertas", "Paquetes de cursos", "Miembros", "Buenas prácticas", "Mensajes",
                "Avisos", "Personas",
                "Importar participantes",
                "Regiones", "Temas", "Informes del programa", "Certificados", "Ajustes", "Índice de búsqueda",
                "Categorías de la Red", "Moderación de la Red", "Bitácora de auditoría", "Respaldos", "Mi perfil", "Correos");
    }

    @Test
    void the_packages_and_search_pages_are_titled_by_their_own_heading() {
        signIn("admin", "ADMIN");

        assertThat(titleAt("paquetes")).isEqualTo("Paquetes de cursos · Paralelo");
        assertThat(titleAt("buscar")).isEqualTo("Buscar · Paralelo");
        assertThat(titleAt("admin/busqueda")).isEqualTo("Índice de búsqueda · Paralelo");
    }

    @Test
    void a_trainer_who_is_also_a_learner_sees_both_homes_in_the_menu() {
        String username = People.uniqueUsername("formadora");
        People.create(accounts, username, Role.TRAINER, Role.LEARNER);
        signIn(username, "TRAINER", "LEARNER");
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Cursos que imparto");
        assertThat(menuLabels()).containsExactly("Mis cursos", "Mi agenda", "Series de debate", "Catálogo de cursos",
                "Red", "Cursos que imparto", "Calificar respuestas abiertas", "Paquetes de cursos", "Miembros",
                "Buenas prácticas", "Mensajes", "Avisos", "Mi perfil", "Correos");
    }

    @Test
    void a_learner_opening_an_admin_screen_gets_the_not_found_page_in_spanish() {
        signIn("learner-curious", "LEARNER");
        UI.getCurrent().navigate("admin/personas");

        assertThat(_find(PeopleView.class)).isEmpty();
        assertThat(_get(PageNotFoundView.class)).isNotNull();
        assertThat(_get(H1.class).getText()).isEqualTo("No encontramos esta página");
    }

    @Test
    void an_unknown_address_shows_a_localised_not_found_page_without_technical_details() {
        signIn("learner-lost", "LEARNER");
        useLanguage(org.paralelo.base.Languages.ENGLISH);
        // As the router does for an address typed into the browser (the mock's navigate() refuses unknown routes).
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("esta/ruta/no/existe"), NavigationTrigger.CLIENT_SIDE);

        assertThat(_get(H1.class).getText()).isEqualTo("We could not find this page");
        assertThat(_get(PageNotFoundView.class).getElement().getText()).doesNotContain("Exception", "esta/ruta");
    }

    @Test
    void the_not_found_page_lists_the_persons_own_menu_so_they_are_never_stranded() {
        signIn("learner-stranded", "LEARNER");
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("cursos/999999/cuestionarios/x"),
                NavigationTrigger.CLIENT_SIDE);

        Nav menu = _get(Nav.class, spec -> spec.withId("error-menu"));
        assertThat(_find(menu, Anchor.class)).extracting(Anchor::getText)
                .contains("Mis cursos", "Catálogo de cursos").doesNotContain("Personas");
        assertThat(menu.getElement().getAttribute("aria-label")).isNotBlank();
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
