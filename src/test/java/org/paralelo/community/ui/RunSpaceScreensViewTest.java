package org.paralelo.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.community.SpaceId;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.PublishingService;
import org.paralelo.learning.LearningFixture;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.programme.RunDraft;
import org.paralelo.programme.RunId;
import org.paralelo.programme.RunMode;
import org.paralelo.programme.RunService;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Network's front page lists the spaces of the member's runs; a learner of no run sees no such section. */
class RunSpaceScreensViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CourseAuthoringService authoring;
    @Autowired PublishingService publishing;
    @Autowired RunService runs;
    @Autowired SpaceService spaces;

    String member;
    String outsider;
    String runName;

    @BeforeEach
    void aRunWithOneMember() {
        LearningFixture course = new LearningFixture(accounts, authoring, publishing);
        member = LearningFixture.learner(accounts);
        PersonId memberId = LearningFixture.learnerId(accounts, member);
        outsider = LearningFixture.learner(accounts);
        runName = "Centro " + member;
        RunId run = As.user(course.trainer, Courses.TRAINER, () -> runs.create(course.course, new RunDraft(runName,
                Set.of(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), Set.of(), null, false, null, null,
                RunMode.ONLINE)));
        As.user(course.trainer, Courses.TRAINER, () -> runs.enrol(run, memberId));
    }

    @Test
    void a_run_member_finds_the_run_space_on_the_network_page_and_opens_it_in_both_languages() {
        signIn(member, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.spaces());
        Div section = _get(Div.class, spec -> spec.withId("run-spaces"));
        assertThat(_get(section, H2.class).getText()).isEqualTo("Espacios de mis ediciones");
        Anchor space = _get(section, Anchor.class, spec -> spec.withText(runName));
        UI.getCurrent().navigate(space.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo(runName);

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(SpacePaths.spaces());
        assertThat(_get(_get(Div.class, spec -> spec.withId("run-spaces")), H2.class).getText())
                .isEqualTo("My run spaces");
    }

    @Test
    void a_learner_of_no_run_sees_no_run_section_and_cannot_open_the_run_space() {
        SpaceId space = As.user(member, LearningFixture.LEARNER,
                () -> spaces.runSpaces().getFirst().id());
        signIn(outsider, "LEARNER");
        UI.getCurrent().navigate(SpacePaths.spaces());
        _assertNone(Div.class, spec -> spec.withId("run-spaces"));
        UI.getCurrent().navigate(SpacePaths.space(space));
        _assertNone(H1.class, spec -> spec.withText(runName));
    }
}
