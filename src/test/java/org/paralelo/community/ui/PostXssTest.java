package org.paralelo.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paralelo.community.NewReply;
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
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every payload of the corpus goes into a thread's title, its opening post and a reply, and is shown on
 * the space's list and the thread's page: titles come back as text, the only HTML (post bodies) is inert.
 */
class PostXssTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired TestClock clock;

    @Test
    void no_payload_in_a_thread_title_body_or_reply_survives_rendering_as_something_executable() {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        List<String> corpus = HtmlSafety.payloads();
        int checked = 0;
        for (String payload : corpus) {
            String title = payload.strip().isEmpty() ? "vacío" : payload.length() > 200 ? payload.substring(0, 200)
                    : payload;
            ThreadId thread = As.user(f.trainer, SpaceFixture.TRAINER, () -> {
                ThreadId id = threads.open(new NewThread(f.courseSpace, ThreadKind.DEBATE, title, payload + " x"));
                threads.reply(new NewReply(id, payload + "\n\n@" + f.member + " " + payload, null, null));
                return id;
            });
            signIn(f.member, "LEARNER");
            UI.getCurrent().navigate(SpacePaths.thread(thread));
            assertThat(_get(H1.class).getText()).as("title shown as text").isEqualTo(title.strip());
            assertThat(_find(Html.class)).as("opening post and reply for %s", payload).hasSize(2);
            _find(Html.class).forEach(html -> HtmlSafety.assertInert(html.getInnerHtml(), payload));
            checked++;
        }
        signIn(f.member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.space(f.courseSpace));
        assertThat(_find(Html.class)).as("the thread list shows titles as text only").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(100);
    }
}
