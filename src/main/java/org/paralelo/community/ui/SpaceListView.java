package org.paralelo.community.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.paralelo.base.ui.LiveScreen;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ModerationService;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.SpaceSummary;

/**
 * The Network's front page: the themed categories open to every member, then the spaces of the member's courses and
 * (when they have any) of their programme runs.
 */
@Route("red")
@Menu(order = 1.5, title = "menu.network", icon = "vaadin:comments-o")
@PermitAll
public class SpaceListView extends Main implements LiveScreen, TitledByHeading {

    SpaceListView(SpaceService spaces, ModerationService moderation) {
        addClassName("page");
        addClassName("community");
        add(new H1(getTranslation("community.title")), new Paragraph(getTranslation("community.intro")));
        if (moderation.mayModerate()) {
            Anchor queue = new Anchor(SpacePaths.moderation(), getTranslation("community.moderation.title"));
            queue.setId("moderation-link");
            add(queue);
        }
        add(section("categories", getTranslation("community.categories"), spaces.categories()));
        List<SpaceSummary> courses = spaces.courseSpaces();
        Div courseSection = section("course-spaces", getTranslation("community.course-spaces"), courses);
        if (courses.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.course-spaces.none"));
            none.setId("course-spaces-empty");
            courseSection.add(none);
        }
        add(courseSection);
        List<SpaceSummary> runs = spaces.runSpaces();
        if (!runs.isEmpty()) {
            add(section("run-spaces", getTranslation("community.run-spaces"), runs));
        }
    }

    private Div section(String id, String heading, List<SpaceSummary> list) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        Div cards = new Div();
        cards.addClassName("space-cards");
        list.forEach(space -> {
            Anchor name = new Anchor(SpacePaths.space(space.id()), space.name(getLocale()));
            name.setId("space-" + space.id().value());
            Div card = new Div(name);
            card.addClassName("space-card");
            String description = space.description(getLocale());
            if (!description.isBlank()) {
                card.add(new Paragraph(description));
            }
            Span facts = new Span(getTranslation("community.space.threads", space.threads())
                    + (space.lastPostAt() == null ? "" : " · " + getTranslation("community.space.last-post",
                    SpaceLabels.when(getLocale(), space.lastPostAt()))));
            facts.addClassName("space-facts");
            card.add(facts);
            if (space.archived()) {
                card.add(new Span(getTranslation("community.space.archived")));
            }
            cards.add(card);
        });
        section.add(cards);
        return section;
    }
}
