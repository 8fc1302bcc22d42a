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
 * key screens again in English, at desktop width and 360 px. Then the same with a reply: Ana replies with a picture
 * and a PDF, edits the reply within the edit window (another picture, another PDF, the first PDF taken off), and a
 * program renamed as a PDF or a picture is refused with its message and attaches nothing; Beto sees the edited reply,
 * in Spanish and in English. The header keeps the whole language name down to 320 px.
 */
class NetworkMediaJourneyTest extends BrowserTest {

    private static final String TITLE = "Cartel y bases del festival de invierno";
    private static final String FORUM_TITLE = "Memoria del foro regional de cultura";
    private static final String PROGRAM_REFUSED = "El nombre del archivo indica otro formato, pero su contenido es "
            + "un programa o script. Por seguridad no lo aceptamos; sube el archivo original.";
    private static final String PROGRAM_REFUSED_EN = "The file name suggests another format, but its content is a "
            + "program or script. For safety we do not accept it; please upload the original file.";
    private static final String CORRECTION = "Corrijo: en lugar de las bases va el acta de la reunión, con la foto "
            + "del escenario.";
    private static final int NARROWEST_PHONE = 320;

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

    @Test
    void a_reply_and_its_edit_carry_files_to_another_member_and_a_refused_file_attaches_nothing()
            throws IOException {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        Path forum = Files.write(folder.resolve("foro-regional.png"), NetworkImages.png(480, 300));
        Path stage = Files.write(folder.resolve("escenario.png"), NetworkImages.png(320, 200));
        Path rules = Files.write(folder.resolve("bases.pdf"), NetworkImages.pdf());
        byte[] minutes = NetworkImages.pdfNoting("acta de la reunion");
        Path minutesFile = Files.write(folder.resolve("acta-reunion.pdf"), minutes);
        // A Windows program renamed twice: the browser's type filter lets both names through, the server does not.
        Path programAsPdf = Files.write(folder.resolve("programa.pdf"), NetworkImages.windowsProgram());
        Path programAsPicture = Files.write(folder.resolve("programa.png"), NetworkImages.windowsProgram());

        LoginPage.open(this).signInAsLearner(f.member, People.PASSWORD);
        SpacePage ana = SpacePage.open(this, SpacePaths.space(f.category))
                .openThread(FORUM_TITLE, "Aquí va lo que acordamos en el foro.");
        String thread = URI.create(driver().getCurrentUrl()).getPath();
        ana.writeReply("Les dejo la foto del foro y las bases.")
                .addImage("reply", forum)
                .attachFile("reply", rules)
                .uploadRefused("reply-file-upload", programAsPdf, PROGRAM_REFUSED);
        assertThat(ana.attachmentsInForm("reply")).contains("bases.pdf").doesNotContain("programa");
        screenshotsAtBothWidths("network-media-10-reply-with-files-and-refusal");
        // The refusal stays 8 s in the middle of the screen, over the form: like a person, wait until it has gone
        // before the next click (CI once clicked "Quitar" under it).
        ana.waitForNotificationsToClose();
        ana = ana.sendReply();
        assertThat(ana.imageWidthsInPost(1)).containsExactly(480L);
        assertThat(ana.attachmentNames(1)).containsExactly("bases.pdf");

        ana.startEdit(1).appendToEdit(CORRECTION)
                .addImage("edit", stage)
                .attachFile("edit", minutesFile)
                .removeAttachment("edit", "bases.pdf");
        String edited = ana.formText("edit");
        ana.uploadRefused("edit-image-upload", programAsPicture, PROGRAM_REFUSED);
        assertThat(ana.formText("edit")).as("the refused picture leaves the text as it was").isEqualTo(edited);
        assertThat(ana.attachmentsInForm("edit")).contains("acta-reunion.pdf").doesNotContain("bases.pdf")
                .doesNotContain("programa");
        screenshotsAtBothWidths("network-media-11-edit-form");
        ana.waitForNotificationsToClose();
        ana = ana.saveEdit();
        assertThat(ana.attachmentNames(1)).containsExactly("acta-reunion.pdf");
        headerAtNarrowestPhone(ana, "network-media-12-header-320-es");

        openAnotherBrowser();
        LoginPage.open(this).signInAsLearner(f.otherMember, People.PASSWORD);
        SpacePage beto = SpacePage.open(this, thread);
        assertThat(beto.postText(1)).startsWith("Les dejo la foto del foro y las bases.").contains(CORRECTION);
        assertThat(beto.imageWidthsInPost(1)).as("both pictures as Beto's browser loaded them")
                .containsExactly(480L, 320L);
        assertThat(beto.attachmentNames(1)).containsExactly("acta-reunion.pdf");
        assertThat(beto.downloadAttachment(1, "acta-reunion.pdf")).isEqualTo(minutes);
        screenshotsAtBothWidths("network-media-13-beto-reads-edited-reply");

        beto = beto.inLanguage("English", FORUM_TITLE);
        assertThat(beto.imageWidthsInPost(1)).containsExactly(480L, 320L);
        assertThat(beto.attachmentNames(1)).containsExactly("acta-reunion.pdf");
        screenshotsAtBothWidths("network-media-14-edited-reply-en");
        beto.writeReply("Thanks! Here is the programme.")
                .uploadRefused("reply-file-upload", programAsPdf, PROGRAM_REFUSED_EN);
        assertThat(beto.attachmentsInForm("reply")).isEmpty();
        screenshotsAtBothWidths("network-media-15-refusal-en");
        headerAtNarrowestPhone(beto, "network-media-16-header-320-en");
    }

    /** At 320 px the whole language name and the sign-out button still fit the header. */
    private void headerAtNarrowestPhone(SpacePage page, String screenshot) {
        setWidth(NARROWEST_PHONE);
        screenshot(screenshot);
        String cut = languageSwitcherCut();
        boolean signOutFits = page.signOutFitsTheScreen();
        long overflow = horizontalOverflow();
        setWidth(DESKTOP_WIDTH);
        assertThat(cut).as("the language switcher's value at %d px", NARROWEST_PHONE).isEmpty();
        assertThat(signOutFits).as("sign-out inside the screen at %d px", NARROWEST_PHONE).isTrue();
        assertThat(overflow).as("horizontal scrolling at %d px", NARROWEST_PHONE).isZero();
    }
}
