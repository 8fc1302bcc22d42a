package org.paralelo.community.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.community.ModerationService;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpaceId;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.SpaceSummary;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonRef;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' screens of the Network: its categories and its moderators. */
class NetworkAdminScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ModerationService moderation;
    @Autowired TestClock clock;

    SpaceFixture f;

    @BeforeEach
    void aNetworkWithItsOwnCategory() {
        f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
    }

    @Test
    void an_admin_creates_a_category_with_both_names_and_is_told_why_a_duplicate_or_empty_name_is_refused() {
        signIn(f.admin, "ADMIN");
        UI.getCurrent().navigate(SpacePaths.ADMIN_CATEGORIES);
        assertThat(_get(H1.class).getText()).isEqualTo("Categorías de la Red");

        _click(_get(Button.class, spec -> spec.withId("new-category")));
        _click(_get(Button.class, spec -> spec.withId("save-category")));
        assertThat(_get(TextField.class, spec -> spec.withId("nameEs")).getErrorMessage())
                .isEqualTo("Este campo es obligatorio.");

        _setValue(_get(TextField.class, spec -> spec.withId("nameEs")), "Fondos " + f.member);
        _setValue(_get(TextField.class, spec -> spec.withId("nameEn")), "Festivals " + f.member);
        _click(_get(Button.class, spec -> spec.withId("save-category")));
        assertThat(_get(TextField.class, spec -> spec.withId("nameEs")).getErrorMessage())
                .isEqualTo("Ya hay una categoría con este nombre.");

        _setValue(_get(TextField.class, spec -> spec.withId("nameEs")), "Festivales " + f.member);
        _setValue(_get(TextArea.class, spec -> spec.withId("descriptionEs")), "Ferias y festivales");
        _click(_get(Button.class, spec -> spec.withId("save-category")));
        expectNotifications("Se guardó «Festivales " + f.member + "».");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).contains("Festivales " + f.member);
        assertThat(As.user(f.member, SpaceFixture.LEARNER, () -> spaces.categories())).extracting(SpaceSummary::nameEn)
                .contains("Festivals " + f.member);
    }

    @Test
    void an_admin_archives_and_restores_a_category_and_hears_kindly_of_a_change_made_meanwhile() {
        signIn(f.admin, "ADMIN");
        UI.getCurrent().navigate(SpacePaths.ADMIN_CATEGORIES);
        long id = f.category.value();
        _click(_get(Button.class, spec -> spec.withId("archive-category-" + id)));
        expectNotifications("Se archivó «Fondos " + f.member + "».");
        assertThat(text(card(id))).contains("Archivado");

        _click(_get(Button.class, spec -> spec.withId("edit-category-" + id)));
        changeMeanwhile(f.category);
        _setValue(_get(TextArea.class, spec -> spec.withId("descriptionEs")), "Mi versión");
        _click(_get(Button.class, spec -> spec.withId("save-category")));
        expectNotifications("Alguien más guardó esta categoría mientras la editabas. Tus cambios siguen en el "
                + "formulario: revísalos y guarda de nuevo para aplicarlos sobre los suyos.");
        assertThat(_get(TextArea.class, spec -> spec.withId("descriptionEs")).getValue()).isEqualTo("Mi versión");
        _click(_get(Button.class, spec -> spec.withId("save-category")));
        assertThat(category(f.category).descriptionEs()).isEqualTo("Mi versión");

        _click(_get(Button.class, spec -> spec.withId("restore-category-" + id)));
        assertThat(category(f.category).archived()).isFalse();
    }

    @Test
    void the_edit_dialog_is_titled_with_the_categorys_name_in_the_readers_language() {
        signIn(f.admin, "ADMIN");
        UI.getCurrent().navigate(SpacePaths.ADMIN_CATEGORIES);
        long id = f.category.value();
        _click(_get(Button.class, spec -> spec.withId("edit-category-" + id)));
        assertThat(_get(Dialog.class, spec -> spec.withId("category-dialog")).getHeaderTitle())
                .isEqualTo("Editar categoría «Fondos " + f.member + "»");
        _click(_get(Button.class, spec -> spec.withId("cancel-category")));

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(SpacePaths.ADMIN_CATEGORIES);
        _click(_get(Button.class, spec -> spec.withId("edit-category-" + id)));
        assertThat(_get(Dialog.class, spec -> spec.withId("category-dialog")).getHeaderTitle())
                .isEqualTo("Edit category “Funds " + f.member + "”");
    }

    @Test
    void an_admin_names_a_member_found_by_name_then_removes_them_and_both_show_in_the_log() {
        signIn(f.admin, "ADMIN");
        UI.getCurrent().navigate(SpacePaths.ADMIN_MODERATORS);
        assertThat(_get(H1.class).getText()).isEqualTo("Moderación de la Red");
        long outsider = f.outsiderId.value();

        _setValue(_get(TextField.class, spec -> spec.withId("member-search")), f.outsider);
        _click(_get(Button.class, spec -> spec.withId("name-moderator-" + outsider)));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Coordina el Sureste");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.networkModerators()))
                .extracting(PersonRef::id).contains(f.outsiderId);
        assertThat(text(_get(Div.class, spec -> spec.withId("moderators")))).contains(f.outsider);

        _click(_get(Button.class, spec -> spec.withId("remove-moderator-" + outsider)));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Terminó su periodo");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.networkModerators()))
                .extracting(PersonRef::id).doesNotContain(f.outsiderId);
        assertThat(text(_get(Div.class, spec -> spec.withId("moderator-log"))))
                .contains("Nombró a una persona moderadora de la Red", "Coordina el Sureste",
                        "Retiró a una persona moderadora de la Red", "Terminó su periodo");
    }

    @Test
    void the_screens_speak_english_and_are_closed_to_people_who_are_not_admins() {
        signIn(f.admin, "ADMIN");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(SpacePaths.ADMIN_MODERATORS);
        assertThat(_get(H1.class).getText()).isEqualTo("Network moderation");
        UI.getCurrent().navigate(SpacePaths.ADMIN_CATEGORIES);
        assertThat(_get(H1.class).getText()).isEqualTo("Network categories");
        assertThat(text(card(f.category.value()))).contains("Funds " + f.member);

        for (String path : new String[] {SpacePaths.ADMIN_CATEGORIES, SpacePaths.ADMIN_MODERATORS}) {
            signIn(f.trainer, "TRAINER");
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass()
                    .getSimpleName()).isNotIn("CategoriesView", "NetworkModeratorsView");
        }
    }

    /** The text of a container and everything in it. */
    private static String text(Div container) {
        return container.getElement().getTextRecursively();
    }

    private Div card(long id) {
        return _get(Div.class, spec -> spec.withId("category-" + id));
    }

    private SpaceSummary category(SpaceId id) {
        return As.user(f.admin, SpaceFixture.ADMIN, () -> spaces.space(id));
    }

    private void changeMeanwhile(SpaceId id) {
        As.user(f.admin, SpaceFixture.ADMIN, () -> {
            SpaceSummary now = spaces.space(id);
            spaces.updateCategory(id, now.nameEs(), now.nameEn(), "Su versión", "", now.sortOrder(), now.archived(),
                    now.version());
        });
    }
}
