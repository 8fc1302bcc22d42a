package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paralelo.community.NewReply;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.ThreadId;
import org.paralelo.community.ThreadService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.notifications.MailFrequency;
import org.paralelo.notifications.MailKind;
import org.paralelo.notifications.MailPreference;
import org.paralelo.notifications.MailPreferenceService;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.MailServer;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Two members in two Chromium sessions at once: Ana opens a thread mentioning Beto, whose bell (on another
 * screen, untouched) shows the notice through server push; Beto opens it and answers with a mention of Ana; Ana
 * gets the mail in the test SMTP server and unsubscribes with its link in a browser where nobody is signed in, and
 * a further mention sends her no mail. In Spanish, the key screens again in English, at desktop width and 360 px.
 */
@ContextConfiguration(initializers = MailServer.Initializer.class)
@TestPropertySource(properties = "paralelo.mail.poll-interval=1s")
class NetworkTwoMembersJourneyTest extends BrowserTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+/correo/baja/[^\\s>\"]+");
    private static final String TITLE = "Convocatoria estatal para festivales comunitarios";

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ThreadService threads;
    @Autowired MailPreferenceService preferences;
    @Autowired TestClock clock;

    @Test
    void a_mention_reaches_the_other_browser_without_reloading_and_its_mail_unsubscribes_without_signing_in() {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        String ana = f.member;
        String beto = f.otherMember;
        As.user(ana, SpaceFixture.LEARNER,
                () -> preferences.setMine(MailKind.COMMUNITY_MENTION, MailFrequency.IMMEDIATELY));

        // Beto is reading the list of spaces and will not touch this browser until his bell changes. His home page
        // holds no push connection; the Network's screens open one.
        PushSockets betoSockets = PushSockets.recordIn(this);
        LoginPage.open(this).signInAsLearner(beto, People.PASSWORD);
        assertThat(betoSockets.created()).as("sockets the home page opened").isZero();
        SpacePage.open(this, SpacePaths.spaces());
        betoSockets.awaitOpen(1);
        assertThat(NoticesPage.bell(this).unreadCount()).isEmpty();
        screenshotsAtBothWidths("network-two-01-beto-waits");

        Session betoBrowser = openAnotherBrowser();
        LoginPage.open(this).signInAsLearner(ana, People.PASSWORD);
        SpacePage anaPage = SpacePage.open(this, SpacePaths.space(f.category))
                .openThread(TITLE, "@" + beto + " ¿alguien sabe si la convocatoria acepta proyectos de 2027?");
        assertThat(anaPage.heading()).isEqualTo(TITLE);
        screenshotsAtBothWidths("network-two-02-ana-opens-thread");

        Session anaBrowser = switchTo(betoBrowser);
        NoticesPage bell = NoticesPage.bell(this).awaitUnreadCount("1");
        screenshotsAtBothWidths("network-two-03-beto-bell-pushed");
        bell.openList();
        assertThat(bell.firstHeadline()).isEqualTo("María " + ana + " te mencionó en «" + TITLE + "»");
        screenshotsAtBothWidths("network-two-04-beto-notices");
        SpacePage betoPage = bell.openFirst();
        assertThat(betoPage.heading()).isEqualTo(TITLE);
        betoPage.reply("@" + ana + " sí: la convocatoria 2027 abre en marzo, te paso las bases.");
        assertThat(betoPage.textOf("post-1")).contains("@" + ana);
        screenshotsAtBothWidths("network-two-05-beto-replies");

        String link = unsubscribeLinkIn(mailsTo(ana, 1).getFirst());
        switchTo(anaBrowser);
        restartBrowser();
        UnsubscribePage unsubscribe = UnsubscribePage.openMailedLink(this, link);
        assertThat(unsubscribe.heading()).isEqualTo("Baja de correos");
        assertThat(unsubscribe.outcome()).isEqualTo(
                "Listo: ya no recibirás correos de «Menciones de ti en la Red». El cambio vale desde ahora.");
        screenshotsAtBothWidths("network-two-06-unsubscribed-es");
        unsubscribe = unsubscribe.inLanguage("English", "Unsubscribe");
        assertThat(unsubscribe.outcome()).isEqualTo(
                "Done: you will no longer receive “Mentions of you in the Network” e-mail. This applies from now on.");
        screenshotsAtBothWidths("network-two-07-unsubscribed-en");
        assertThat(As.user(ana, SpaceFixture.LEARNER, preferences::mine))
                .contains(new MailPreference(MailKind.COMMUNITY_MENTION, MailFrequency.NEVER));

        ThreadId thread = As.user(ana, SpaceFixture.LEARNER, () -> threads.threads(f.category, 0, 1)).getFirst().id();
        As.user(beto, SpaceFixture.LEARNER, () -> threads.reply(new NewReply(thread,
                "@" + ana + " otra cosa: el plazo cierra el 15 de abril.", null, null)));
        // The worker polls every second: several rounds pass without a second mail.
        assertThat(MailServer.awaitReceived(ana + "@ejemplo.mx", 2, Duration.ofSeconds(6)))
                .as("no mention mail after unsubscribing").hasSize(1);

        // Beto's screens again in English.
        switchTo(betoBrowser);
        SpacePage english = SpacePage.open(this, SpacePaths.thread(thread)).inLanguage("English", TITLE);
        screenshotsAtBothWidths("network-two-08-thread-en");
        NoticesPage.bell(this).openList();
        assertThat(NoticesPage.bell(this).firstHeadline())
                .isEqualTo("María " + ana + " mentioned you in “" + TITLE + "”");
        assertThat(english.heading()).isEqualTo("Notices");
        screenshotsAtBothWidths("network-two-09-notices-en");

        // Leaving the Network for the home page closes the push connection: a page that needs none holds none.
        betoSockets.awaitOpen(1);
        HomePage.openFromBrand(this);
        betoSockets.awaitOpen(0);
    }

    private static List<MimeMessage> mailsTo(String username, int count) {
        List<MimeMessage> mails = MailServer.awaitReceived(username + "@ejemplo.mx", count, Duration.ofSeconds(30));
        assertThat(mails).as("mention mails to " + username).hasSize(count);
        return mails;
    }

    private static String unsubscribeLinkIn(MimeMessage mail) {
        Matcher link = UNSUBSCRIBE.matcher(MailServer.part(mail, "text/plain"));
        assertThat(link.find()).as("an unsubscribe link in the mail").isTrue();
        return link.group();
    }
}
