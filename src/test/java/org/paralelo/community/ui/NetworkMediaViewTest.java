package org.paralelo.community.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.community.NetworkImages;
import org.paralelo.community.NetworkPaths;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The post form's image and file uploads, a post's images and attachments, and the avatar on the profile screen. */
class NetworkMediaViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired TestClock clock;

    SpaceFixture f;

    @BeforeEach
    void aCourseAndItsMembers() {
        f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
    }

    @Test
    void a_member_adds_an_image_and_a_file_to_a_new_thread_and_another_member_sees_both() {
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.category));
        PostFilesField files = _get(PostFilesField.class, spec -> spec.withId("new-thread-files"));
        files.receiveImage(NetworkImages.stream(NetworkImages.png(400, 300)), "Foro [final].png");
        TextArea body = _get(TextArea.class, spec -> spec.withId("new-thread-body"));
        assertThat(body.getValue()).startsWith("![Foro final](/media/");
        files.receiveAttachment(NetworkImages.stream(NetworkImages.pdf()), "guía.pdf");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("new-thread-attachments")).getElement()
                .getTextRecursively()).contains("guía.pdf (1 KB)");
        _setValue(_get(TextField.class, spec -> spec.withId("new-thread-title")), "Foro con fotos");
        _setValue(body, "Así fue:\n\n" + body.getValue());
        _click(_get(Button.class, spec -> spec.withId("open-thread")));

        String thread = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        signIn(f.otherMember, "LEARNER");
        UI.getCurrent().navigate(thread);
        assertThat(_find(Html.class).stream().map(Html::getInnerHtml).toList())
                .anySatisfy(html -> assertThat(html).contains("<img src=\"/media/").contains("alt=\"Foro final\""));
        Anchor download = _get(Anchor.class, spec -> spec.withText("guía.pdf"));
        assertThat(download.getHref()).startsWith("/media/").endsWith("/gu%C3%ADa.pdf");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("attachments-0")).getElement().getTextRecursively())
                .contains("guía.pdf (1 KB)");
    }

    @Test
    void an_attached_file_can_be_taken_off_before_posting() {
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.category));
        PostFilesField files = _get(PostFilesField.class, spec -> spec.withId("new-thread-files"));
        files.receiveAttachment(NetworkImages.stream(NetworkImages.pdf()), "acta.pdf");
        assertThat(files.attachments()).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Quitar")));
        assertThat(files.attachments()).isEmpty();
    }

    @Test
    void a_member_uploads_replaces_and_removes_their_avatar_with_initials_in_between() {
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(NetworkPaths.MY_PROFILE);
        Avatar avatar = _get(Avatar.class, spec -> spec.withId("network-avatar-image"));
        assertThat(avatar.getImage()).isNull();
        assertThat(avatar.getName()).isNotBlank();
        assertThat(_get(Button.class, spec -> spec.withText("Subir foto…"))).isNotNull();

        _get(NetworkProfileView.class).receiveAvatar(NetworkImages.stream(NetworkImages.png(800, 800)), "yo.png");
        assertThat(_get(Avatar.class, spec -> spec.withId("network-avatar-image")).getImage()).startsWith("/media/");
        assertThat(_find(Button.class, spec -> spec.withId("network-avatar-remove"))).hasSize(1);
        // The first avatar made the profile row: the form still saves.
        _click(_get(Button.class, spec -> spec.withId("save-network-profile")));
        assertThat(_find(Button.class, spec -> spec.withText("Cambiar foto…"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("network-avatar-remove")));
        assertThat(_get(Avatar.class, spec -> spec.withId("network-avatar-image")).getImage()).isNull();
    }

    @Test
    void the_avatar_part_speaks_english_too() {
        useLanguage(Locale.ENGLISH);
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(NetworkPaths.MY_PROFILE);
        assertThat(_get(Button.class, spec -> spec.withText("Upload picture…"))).isNotNull();
    }
}
