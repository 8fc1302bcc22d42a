package org.paralelo.community;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.community.Members.Member;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The network profile form, the member directory and a member's page, as a signed-in member uses them. */
class MemberScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired NetworkProfileService profiles;
    Members members;

    @BeforeEach
    void fixture() {
        members = new Members(accounts, profiles);
    }

    @Test
    void a_member_switches_their_profile_on_and_then_appears_in_the_directory() {
        Member ana = members.hidden("pantalla", "OAX", "ARTISAN", "CRAFTS");
        signIn(ana.username(), ana.roles());
        UI.getCurrent().navigate(NetworkPaths.MY_PROFILE);
        assertThat(_get(Checkbox.class, spec -> spec.withId("network-published")).getValue()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withId("network-published")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("network-organisation")), "Casa de Cultura de Teotitlán");
        _setValue(_get(TextArea.class, spec -> spec.withId("network-can-share")), "Tapetes de lana y tintes naturales");
        _click(_get(Button.class, spec -> spec.withId("save-network-profile")));
        assertThat(As.user(ana.username(), ana.roles(), profiles::mine).published()).isTrue();

        Member luis = members.published("visitante", "JAL", "ARTISAN", "MUSIC", null);
        signIn(luis.username(), luis.roles());
        UI.getCurrent().navigate(NetworkPaths.DIRECTORY);
        _setValue(_get(TextField.class, spec -> spec.withId("members-text")), ana.username());
        @SuppressWarnings("unchecked")
        Grid<MemberCard> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        UI.getCurrent().navigate(NetworkPaths.member(ana.id()));
        assertThat(_get(H1.class).getText()).isEqualTo("Persona " + ana.username());
        assertThat(_get(Div.class, spec -> spec.withId("member-can-share")).getText())
                .isEqualTo("Tapetes de lana y tintes naturales");
    }

    @Test
    void a_hidden_member_is_not_found_by_address_nor_listed() {
        Member ana = members.hidden("escondida", "OAX", "ARTISAN", "CRAFTS");
        Member luis = members.published("curioso", "JAL", "ARTISAN", "MUSIC", null);
        signIn(luis.username(), luis.roles());
        UI.getCurrent().navigate(NetworkPaths.member(ana.id()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("member-not-found")).getText())
                .isEqualTo("Este perfil no existe o su dueño no lo ha hecho visible.");
        _assertNone(H1.class, spec -> spec.withText("Persona " + ana.username()));
        UI.getCurrent().navigate(NetworkPaths.member(new org.paralelo.people.PersonId(Long.MAX_VALUE)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("member-not-found")).getText())
                .as("the same answer as for someone who does not exist")
                .isEqualTo("Este perfil no existe o su dueño no lo ha hecho visible.");
        UI.getCurrent().navigate(NetworkPaths.DIRECTORY);
        _setValue(_get(TextField.class, spec -> spec.withId("members-text")), ana.username());
        @SuppressWarnings("unchecked")
        Grid<MemberCard> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(_size(grid)).isZero();
    }
}
