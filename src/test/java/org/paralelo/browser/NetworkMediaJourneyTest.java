package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paralelo.community.NetworkImages;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.people.AccountService;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.paralelo.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files in the Network in two real Chromium sessions: Ana opens a thread in a network category with a picture in
 * its text and a PDF attached; Beto sees the picture load and downloads the PDF byte for byte; Ana publishes her
 * profile with an avatar, which Beto then sees beside her post and on her card in the directory. In Spanish, the
 * key screens again in English, at desktop width and 360 px.
 */
class NetworkMediaJourneyTest extends BrowserTest {

    private static final String TITLE = "Cartel y bases del festival de invierno";

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired TestClock clock;

    @TempDir Path folder;

    @Test
    void a_picture_and_a_pdf_in_a_thread_reach_another_member_and_so_does_the_authors_avatar() throws IOException {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        String ana = f.member;
        String anaName = "María " + ana;
        Path poster = Files.write(folder.resolve("cartel-festival.png"), NetworkImages.png(480, 300));
        byte[] pdf = NetworkImages.pdf();
        Path rules = Files.write(folder.resolve("bases-convocatoria.pdf"), pdf);
        Path photo = Files.write(folder.resolve("foto-ana.png"), NetworkImages.png(400, 400));

        LoginPage.open(this).signInAsLearner(ana, People.PASSWORD);
        SpacePage anaPage = SpacePage.open(this, SpacePaths.space(f.category))
                .startThread(TITLE, "Les comparto el cartel y las bases de la convocatoria.")
                .addImage("new-thread", poster)
                .attachFile("new-thread", rules);
        screenshotsAtBothWidths("network-media-01-new-thread-with-files");
        anaPage = anaPage.sendThread();
        assertThat(anaPage.heading()).isEqualTo(TITLE);
        String thread = URI.create(driver().getCurrentUrl()).getPath();
        assertThat(anaPage.imageWidthInPost(0)).isPositive();
        screenshotsAtBothWidths("network-media-02-ana-thread");

        Session anaBrowser = openAnotherBrowser();
        LoginPage.open(this).signInAsLearner(f.otherMember, People.PASSWORD);
        SpacePage betoPage = SpacePage.open(this, thread);
        assertThat(betoPage.heading()).isEqualTo(TITLE);
        assertThat(betoPage.imageWidthInPost(0)).as("the picture's width as Beto's browser loaded it")
                .isEqualTo(480);
        assertThat(betoPage.downloadAttachment(0, "bases-convocatoria.pdf")).isEqualTo(pdf);
        screenshotsAtBothWidths("network-media-03-beto-reads-thread");

        Session betoBrowser = switchTo(anaBrowser);
        NetworkProfilePage profile = NetworkProfilePage.open(this)
                .publish("Perfil guardado. Los miembros de la Red ya pueden verlo.")
                .uploadAvatar(photo, "Tu foto quedó guardada.");
        assertThat(profile.avatarWidth()).as("the avatar is scaled to at most 256 px").isEqualTo(256);
        profile.waitForNotificationsToClose();
        screenshotsAtBothWidths("network-media-04-ana-avatar");
        profile = profile.inLanguage("English", "My Network profile");
        screenshotsAtBothWidths("network-media-05-ana-avatar-en");

        switchTo(betoBrowser);
        betoPage = SpacePage.open(this, thread);
        assertThat(betoPage.avatarWidthBesidePost(0)).isEqualTo(256);
        screenshotsAtBothWidths("network-media-06-avatar-beside-post");
        MembersPage directory = MembersPage.open(this).search(ana);
        assertThat(directory.avatarWidthOnCard(anaName)).isEqualTo(256);
        screenshotsAtBothWidths("network-media-07-directory-card");

        betoPage = SpacePage.open(this, thread).inLanguage("English", TITLE);
        assertThat(betoPage.imageWidthInPost(0)).isEqualTo(480);
        screenshotsAtBothWidths("network-media-08-thread-en");
        directory = MembersPage.open(this).search(ana);
        assertThat(directory.heading()).isEqualTo("Members");
        assertThat(directory.avatarWidthOnCard(anaName)).isEqualTo(256);
        screenshotsAtBothWidths("network-media-09-directory-card-en");
    }
}
