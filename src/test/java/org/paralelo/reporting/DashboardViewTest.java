package org.paralelo.reporting;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.EnrolmentService;
import org.paralelo.learning.ProgressService;
import org.paralelo.people.AccountService;
import org.paralelo.people.RegionService;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired EnrolmentService enrolments;
    @Autowired ProgressService progress;

    ReportingFixture fixture;

    @BeforeEach
    void aProgrammeOfTwoRegions() {
        fixture = new ReportingFixture(accounts, regions, authoring, publishing, enrolments, progress);
    }

    private static void open(String query) {
        UI.getCurrent().navigate("informes", QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReportRow> table(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void a_coordinator_sees_only_their_region_and_drills_down_to_a_municipalitys_people() {
        signIn(fixture.coordinatorA, "COORDINATOR");
        UI.getCurrent().navigate("informes");

        assertThat(_get(H1.class).getText()).isEqualTo("Informes del programa");
        Grid<ReportRow> places = table("places-table");
        assertThat(_size(places)).isEqualTo(1);
        assertThat(_get(places, 0).key()).isEqualTo(Long.toString(fixture.regionA));

        open("region=" + fixture.regionA);
        assertThat(_get(H1.class).getText()).isEqualTo("Informes del programa");
        Grid<ReportRow> states = table("places-table");
        assertThat(_size(states)).isEqualTo(2);
        assertThat(_get(states, 0).label()).isEqualTo("Oaxaca");

        open("region=" + fixture.regionA + "&estado=OAX&municipio="
                + URLEncoder.encode("Teotitlán del Valle", StandardCharsets.UTF_8));
        Grid<ReportRow> people = table("places-table");
        assertThat(_size(people)).isEqualTo(2);
        assertThat(_find(Anchor.class, spec -> spec.withText("Oaxaca"))).hasSize(1);
        assertThat(_get(Nav.class, spec -> spec.withId("report-breadcrumb")).getElement().getTextRecursively())
                .contains("Todo el programa").contains("Oaxaca").contains("Teotitlán del Valle");
    }

    @Test
    void a_coordinator_who_opens_another_regions_address_is_refused() {
        signIn(fixture.coordinatorB, "COORDINATOR");
        open("region=" + fixture.regionA);

        assertThat(_find(Grid.class, spec -> spec.withId("places-table"))).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass()
                .getSimpleName()).isNotEqualTo("DashboardView");
    }

    @Test
    void the_dashboard_speaks_english_and_survives_a_broken_address() {
        useLanguage(Languages.ENGLISH);
        signIn("admin", "ADMIN");
        open("region=abc&desde=nunca&hasta=2020-13-45");

        assertThat(_get(H1.class).getText()).isEqualTo("Programme reports");
        assertThat(table("targets-table").getColumns().get(1).getHeaderText()).isEqualTo("Reached");
    }

    @Test
    void learners_cannot_open_the_dashboard() {
        signIn("alguien-" + System.nanoTime(), "LEARNER");
        UI.getCurrent().navigate("informes");

        assertThat(_find(Grid.class, spec -> spec.withId("places-table"))).isEmpty();
    }
}
