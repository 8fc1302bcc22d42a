package org.paralelo.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.paralelo.community.NetworkImages;
import org.paralelo.community.NewThread;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.ThreadId;
import org.paralelo.community.ThreadKind;
import org.paralelo.community.ThreadService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every payload of the XSS corpus as the file name of a post's image (its description in the Markdown, as the form
 * writes it) and of its attachment: the post's HTML stays inert and the attachment's name is shown as plain text.
 */
class XssThroughPostFilesTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired MediaService media;
    @Autowired TestClock clock;

    @Test
    void no_payload_in_a_file_name_comes_back_as_anything_but_inert_text() {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        byte[] png = NetworkImages.png(40, 30);
        byte[] pdf = NetworkImages.pdf();
        int checked = 0;
        for (String payload : HtmlSafety.payloads()) {
            StoredMedia[] stored = new StoredMedia[2];
            ThreadId thread = As.user(f.trainer, SpaceFixture.TRAINER, () -> {
                stored[0] = media.store(NetworkImages.stream(png), payload + ".png", MediaPurpose.POST_IMAGE);
                stored[1] = media.store(NetworkImages.stream(pdf), payload + ".pdf", MediaPurpose.CONTRIBUTION);
                String body = "Foto:\n\n![" + PostFilesField.description(stored[0].originalName()) + "]("
                        + stored[0].downloadPath() + ")";
                return threads.open(new NewThread(f.courseSpace, ThreadKind.DISCUSSION, "Archivo " + checked(stored),
                        body, List.of(stored[1].id())));
            });
            signIn(f.member, "LEARNER");
            UI.getCurrent().navigate(SpacePaths.thread(thread));
            List<Html> html = _find(Html.class);
            assertThat(html).as("only the opening post is HTML for %s", payload).hasSize(1);
            HtmlSafety.assertInert(html.getFirst().getInnerHtml(), payload);
            assertThat(Jsoup.parseBodyFragment(html.getFirst().getInnerHtml()).select("img").eachAttr("src"))
                    .as("the image is shown for %s", payload).containsExactly(stored[0].downloadPath());
            Anchor link = _get(Anchor.class, spec -> spec.withClasses("post-attachment-link"));
            assertThat(link.getText()).isEqualTo(stored[1].originalName());
            assertThat(link.getHref()).isEqualTo(stored[1].downloadPath());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(100);
    }

    private static long checked(StoredMedia[] stored) {
        return stored[1].id().value();
    }
}
