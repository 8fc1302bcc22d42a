package org.paralelo.community;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.ui.FoldingFilters;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resource screens as members and moderators use them: contribute through the form, see it waiting, publish
 * it from the moderation screen, find it in the library (filtered) and on the author's member page; send one back
 * with a reason, read the reason in "My resources" and resubmit it.
 */
class ResourceScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    @Autowired ResourceService resources;
    Members members;

    @BeforeEach
    void fixture() {
        members = new Members(accounts, profiles);
    }

    private void fillExperience(String title, String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("resource-title-field")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("resource-summary-field")), "Resumen: " + title);
        _setValue(_get(TextField.class, spec -> spec.withId("resource-topics")), "festivales, financiamiento");
        _setValue(_get(TextArea.class, spec -> spec.withId("resource-experience-field")), text);
    }

    @Test
    void a_member_contributes_a_moderator_publishes_it_and_it_shows_in_the_library_and_on_the_member_page() {
        Member ana = members.published("recursos", "OAX", "ARTISAN", "CRAFTS", null);
        signIn(ana.username(), ana.roles());
        UI.getCurrent().navigate(ResourcePaths.NEW);
        fillExperience("Feria del mezcal " + ana.username(), "Organizamos la **feria** con productores.");
        _click(_get(Button.class, spec -> spec.withId("save-resource")));
        assertThat(_get(H1.class, spec -> spec.withId("resource-title")).getText()).startsWith("Feria del mezcal");
        assertThat(_get(Paragraph.class, spec -> spec.withId("resource-status")).getText())
                .isEqualTo("En revisión: lo publicará una persona moderadora");
        ResourceId id = As.user(ana.username(), ana.roles(), () -> resources.mine()).getFirst().id();

        Member trainer = members.trainer("moderadora");
        signIn(trainer.username(), trainer.roles());
        UI.getCurrent().navigate(SpacePaths.moderation());
        _click(_get(Button.class, spec -> spec.withId("approve-" + id.value())));
        _assertNone(Div.class, spec -> spec.withId("resource-item-" + id.value()));

        Member reader = members.published("lectora", "JAL", "ARTISAN", "MUSIC", null);
        signIn(reader.username(), reader.roles());
        UI.getCurrent().navigate(ResourcePaths.LIBRARY);
        assertThat(_find(Anchor.class, spec -> spec.withId("resource-" + id.value()))).hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<ResourceKind> kind = _get(ComboBox.class, spec -> spec.withId("resources-kind"));
        _setValue(kind, ResourceKind.LINK);
        _assertNone(Anchor.class, spec -> spec.withId("resource-" + id.value()));
        _setValue(kind, ResourceKind.EXPERIENCE);
        assertThat(_find(Anchor.class, spec -> spec.withId("resource-" + id.value()))).hasSize(1);

        UI.getCurrent().navigate(ResourcePaths.resource(id));
        assertThat(_get(Anchor.class, spec -> spec.withId("resource-author")).getHref())
                .isEqualTo(NetworkPaths.member(ana.id()));
        UI.getCurrent().navigate(NetworkPaths.member(ana.id()));
        assertThat(_get(Div.class, spec -> spec.withId("member-resources")).getElement().getTextRecursively()).contains("Feria del mezcal");
    }

    @Test
    void the_library_filters_fold_behind_a_toggle_that_says_whether_they_are_open_and_still_filter() {
        Member ines = members.published("plegados", "OAX", "ARTISAN", "CRAFTS", null);
        signIn(ines.username(), ines.roles());
        UI.getCurrent().navigate(ResourcePaths.LIBRARY);

        FoldingFilters filters = _get(FoldingFilters.class, spec -> spec.withId("resource-filters"));
        assertThat(filters.row().getChildren().map(c -> c.getId().orElse("")))
                .containsExactly("resources-topic", "resources-field", "resources-region", "resources-kind");
        Button toggle = _get(Button.class, spec -> spec.withId("resource-filters-toggle"));
        assertThat(toggle.getText()).isEqualTo("Filtros");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("resource-filters-row");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(filters.hasClassName("open")).isFalse();

        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(filters.hasClassName("open")).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<ResourceKind> kind = _get(ComboBox.class, spec -> spec.withId("resources-kind"));
        _setValue(kind, ResourceKind.LINK);
        _click(toggle);
        assertThat(filters.hasClassName("open")).isFalse();
        assertThat(kind.getValue()).as("folding keeps the chosen filters").isEqualTo(ResourceKind.LINK);
    }

    @Test
    void the_library_filters_toggle_speaks_english() {
        useLanguage(Locale.ENGLISH);
        Member tom = members.published("folded", "PUE", "ARTISAN", "DESIGN", null);
        signIn(tom.username(), tom.roles());
        UI.getCurrent().navigate(ResourcePaths.LIBRARY);
        assertThat(_get(Button.class, spec -> spec.withId("resource-filters-toggle")).getText()).isEqualTo("Filters");
    }

    @Test
    void a_resource_sent_back_shows_its_reason_to_the_author_who_corrects_and_resubmits_it() {
        Member luis = members.published("devuelto", "YUC", "ARTISAN", "MUSIC", null);
        ResourceId id = As.user(luis.username(), luis.roles(), () -> resources.contribute(new ResourceDraft(
                ResourceKind.EXPERIENCE, "Taller sin fecha", "Resumen", List.of(), Set.of(), null, null, null,
                "Hicimos un taller.")));
        Member trainer = members.trainer("revisora");
        signIn(trainer.username(), trainer.roles());
        UI.getCurrent().navigate(SpacePaths.moderation());
        _click(_get(Button.class, spec -> spec.withId("reject-" + id.value())));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Indica la fecha y el lugar del taller");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));

        signIn(luis.username(), luis.roles());
        UI.getCurrent().navigate(ResourcePaths.LIBRARY + "/mios");
        assertThat(_get(Div.class, spec -> spec.withId("my-resource-cards")).getElement().getTextRecursively())
                .contains("Motivo de la persona moderadora: Indica la fecha y el lugar del taller");
        UI.getCurrent().navigate(ResourcePaths.edit(id));
        assertThat(_get(TextField.class, spec -> spec.withId("resource-title-field")).getValue())
                .isEqualTo("Taller sin fecha");
        _setValue(_get(TextField.class, spec -> spec.withId("resource-title-field")), "Taller de bordado, Mérida");
        _click(_get(Button.class, spec -> spec.withId("save-resource")));
        assertThat(As.user(luis.username(), luis.roles(), () -> resources.find(id)).status())
                .isEqualTo(ResourceStatus.PENDING);
    }

    @Test
    void a_javascript_link_is_refused_under_its_field_in_english_too() {
        useLanguage(Locale.ENGLISH);
        Member eva = members.published("enlace", "PUE", "ARTISAN", "DESIGN", null);
        signIn(eva.username(), eva.roles());
        UI.getCurrent().navigate(ResourcePaths.NEW);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ResourceKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("resource-kind"));
        _setValue(kind, ResourceKind.LINK);
        _setValue(_get(TextField.class, spec -> spec.withId("resource-title-field")), "Script");
        _setValue(_get(TextArea.class, spec -> spec.withId("resource-summary-field")), "Summary");
        _setValue(_get(TextField.class, spec -> spec.withId("resource-url")), "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("save-resource")));
        TextField url = _get(TextField.class, spec -> spec.withId("resource-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Write a full address starting with http:// or https://.");
        assertThat(As.user(eva.username(), eva.roles(), () -> resources.mine())).isEmpty();
    }

    @Test
    void the_document_upload_speaks_the_members_language_and_takes_one_file() {
        Member rosa = members.published("subir", "OAX", "ARTISAN", "CRAFTS", null);
        signIn(rosa.username(), rosa.roles());
        UI.getCurrent().navigate(ResourcePaths.NEW);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ResourceKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("resource-kind"));
        _setValue(kind, ResourceKind.DOCUMENT);
        Upload upload = _get(Upload.class);
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("o suelta el archivo aquí");
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getAcceptedFileTypes()).contains(".pdf", ".docx");
    }
}
