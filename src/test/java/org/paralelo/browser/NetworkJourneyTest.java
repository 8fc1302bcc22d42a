package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.community.DebateStance;
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
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Network in a real browser: a member finds the spaces, opens a thread whose title and body carry script
 * payloads (none runs), and takes a position in a course debate; in Spanish and in English, at desktop width and
 * at 360 px (which must not scroll sideways).
 */
class NetworkJourneyTest extends BrowserTest {

    static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired TestClock clock;

    @Test
    void a_member_opens_a_thread_and_joins_a_debate_and_no_script_from_the_posts_runs() {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        ThreadId debate = As.user(f.trainer, SpaceFixture.TRAINER, () -> {
            ThreadId id = threads.open(new NewThread(f.courseSpace, ThreadKind.DEBATE,
                    "¿Deben los festivales municipales cobrar entrada?",
                    "Continuamos aquí el debate del taller presencial en Mérida. **Argumenten** con datos."));
            threads.reply(new NewReply(id, "Una cuota simbólica ayuda a sostener la programación.", null,
                    DebateStance.FOR));
            return id;
        });
        As.user(f.otherMember, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(debate,
                "En municipios pequeños cobrar aleja al público que más lo necesita.", null, DebateStance.AGAINST)));

        LoginPage.open(this).signInAsLearner(f.member, People.PASSWORD);
        SpacePage page = SpacePage.open(this, SpacePaths.spaces());
        assertThat(page.heading()).isEqualTo("La Red");
        screenshotsAtBothWidths("network-01-spaces");

        page = SpacePage.open(this, SpacePaths.space(f.category));
        page = page.openThread("Fondos " + PAYLOAD, "Busco **convocatorias** " + PAYLOAD);
        assertThat(page.heading()).isEqualTo("Fondos " + PAYLOAD);
        assertThat(page.scriptRan()).isFalse();
        page.reply("Respondo con @" + f.otherMember + " " + PAYLOAD);
        assertThat(page.textOf("post-1")).contains("@" + f.otherMember);
        assertThat(page.scriptRan()).isFalse();
        screenshotsAtBothWidths("network-02-thread");

        page = SpacePage.open(this, SpacePaths.thread(debate));
        page.takeStance("Propuesta").reply("Entrada libre con aportación voluntaria y patrocinio local.");
        assertThat(page.textOf("stance-PROPOSAL")).isEqualTo("Propuesta: 1");
        screenshotsAtBothWidths("network-03-debate");

        page = page.inLanguage("English", "¿Deben los festivales municipales cobrar entrada?");
        assertThat(page.textOf("stance-PROPOSAL")).isEqualTo("Proposal: 1");
        screenshotsAtBothWidths("network-04-debate-en");
        page = SpacePage.open(this, SpacePaths.spaces());
        assertThat(page.heading()).isEqualTo("The Network");
        screenshotsAtBothWidths("network-05-spaces-en");
    }
}
