package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.community.ResourceId;
import org.paralelo.community.ResourcePaths;
import org.paralelo.community.ResourceService;
import org.paralelo.community.SpaceFixture;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
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
 * A shared resource in a real browser: a member submits a written experience (its title carries script payloads,
 * none runs), a trainer publishes it from the moderation screen, and another member finds it in search and in
 * the library; in Spanish and English, at desktop width and at 360 px.
 */
class ResourceJourneyTest extends BrowserTest {

    static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolment;
    @Autowired SpaceService spaces;
    @Autowired ResourceService resources;
    @Autowired TestClock clock;

    @Test
    void a_resource_is_submitted_moderated_published_and_found_by_search() {
        SpaceFixture f = new SpaceFixture(accounts, authoring, publishing, enrolment, spaces, clock);
        LoginPage.open(this).signInAsLearner(f.member, People.PASSWORD);
        ResourcePage page = ResourcePage.open(this, ResourcePaths.NEW);
        screenshotsAtBothWidths("resources-01-form");
        page = page.submitExperience("Festival de la tlayuda chinanteca " + PAYLOAD,
                "Cómo organizamos un festival gastronómico con productores locales.", "festivales, gastronomía",
                "Formamos un **comité** con cocineras tradicionales y la regiduría de turismo. " + PAYLOAD);
        assertThat(page.textOf("resource-status")).isEqualTo("En revisión: lo publicará una persona moderadora");
        assertThat(page.scriptRan()).isFalse();
        screenshotsAtBothWidths("resources-02-submitted");
        ResourceId id = As.user(f.member, SpaceFixture.LEARNER, () -> resources.mine()).getFirst().id();
        page.signOut();

        LoginPage.open(this).signInAsTrainer(f.trainer, People.PASSWORD);
        page = ResourcePage.open(this, SpacePaths.moderation());
        assertThat(page.has("resource-item-" + id.value())).isTrue();
        screenshotsAtBothWidths("resources-03-queue");
        page.approve(id.value());
        assertThat(page.has("resource-item-" + id.value())).isFalse();
        page.signOut();

        LoginPage.open(this).signInAsLearner(f.otherMember, People.PASSWORD);
        page = ResourcePage.open(this, "buscar?q=tlayuda+chinanteca");
        assertThat(page.linkTexts()).anyMatch(t -> t.startsWith("Festival de la tlayuda chinanteca"));
        assertThat(page.scriptRan()).isFalse();
        screenshotsAtBothWidths("resources-04-search");
        page = ResourcePage.open(this, ResourcePaths.LIBRARY);
        assertThat(page.has("resource-" + id.value())).isTrue();
        screenshotsAtBothWidths("resources-05-library");
        setWidth(PHONE_WIDTH);
        assertThat(page.filtersShowing()).as("the four filters fold behind \"Filtros\" on a phone").isFalse();
        page.openFilters();
        screenshot("resources-05b-library-filters-open-360");
        assertThat(horizontalOverflow()).as("horizontal scrolling with the filters open at 360 px").isZero();
        setWidth(DESKTOP_WIDTH);
        assertThat(page.filtersShowing()).as("wider screens always show the filters").isTrue();
        page = ResourcePage.open(this, ResourcePaths.resource(id));
        assertThat(page.scriptRan()).isFalse();
        screenshotsAtBothWidths("resources-06-page");
        page = page.inLanguage("English", "Festival de la tlayuda chinanteca " + PAYLOAD);
        assertThat(page.textOf("resource-content")).contains("comité");
        screenshotsAtBothWidths("resources-07-page-en");
        page = ResourcePage.open(this, ResourcePaths.LIBRARY);
        assertThat(page.heading()).isEqualTo("Good practices");
        screenshotsAtBothWidths("resources-08-library-en");
    }
}
