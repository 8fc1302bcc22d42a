package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.SpaceService;
import org.paralelo.community.SpaceSummary;

/**
 * Admins keep the Network's themed categories: every category in its order (archived ones marked), a new one,
 * editing its names and descriptions in both languages and its place, archiving (members no longer see it, its
 * threads stay) and restoring.
 */
@Route(SpacePaths.ADMIN_CATEGORIES)
@Menu(order = 35.5, title = "menu.network-categories", icon = "vaadin:tags")
@RolesAllowed("ADMIN")
public class CategoriesView extends Main implements TitledByHeading {

    private final SpaceService spaces;
    private final Div list = new Div();

    CategoriesView(SpaceService spaces) {
        this.spaces = spaces;
        addClassName("page");
        addClassName("community");
        Button create = new Button(getTranslation("community.categories.new"),
                click -> new CategoryDialog(spaces, null, this::render).open());
        create.setId("new-category");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("category-list");
        list.addClassName("space-cards");
        add(new Anchor(SpacePaths.spaces(), getTranslation("community.back-to-spaces")),
                new H1(getTranslation("community.categories.admin-title")),
                new Paragraph(getTranslation("community.categories.admin-intro")), create, list);
        render();
    }

    private void render() {
        list.removeAll();
        List<SpaceSummary> categories = spaces.categories();
        if (categories.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.categories.none"));
            none.setId("categories-empty");
            list.add(none);
        }
        categories.forEach(category -> list.add(card(category)));
    }

    private Div card(SpaceSummary category) {
        long id = category.id().value();
        H2 name = new H2(category.name(getLocale()));
        Div card = new Div(name);
        card.setId("category-" + id);
        card.addClassName("space-card");
        String description = category.description(getLocale());
        if (!description.isBlank()) {
            card.add(new Paragraph(description));
        }
        Span facts = new Span(getTranslation("community.categories.facts", category.sortOrder(), category.threads()));
        facts.addClassName("space-facts");
        card.add(facts);
        if (category.archived()) {
            card.add(SpaceLabels.badge(this, "community.space.archived"));
        }
        Button edit = new Button(getTranslation("community.categories.edit"),
                click -> new CategoryDialog(spaces, category, this::render).open());
        edit.setId("edit-category-" + id);
        Button archive = new Button(getTranslation(category.archived() ? "community.categories.restore"
                : "community.categories.archive"), click -> archive(category));
        archive.setId((category.archived() ? "restore-category-" : "archive-category-") + id);
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(edit, archive);
        actions.addClassName("post-actions");
        card.add(actions);
        return card;
    }

    private void archive(SpaceSummary category) {
        boolean archiving = !category.archived();
        try {
            spaces.setCategoryArchived(category.id(), archiving, category.version());
            Notifications.success(getTranslation(archiving ? "community.categories.archived"
                    : "community.categories.restored", category.name(getLocale())));
        } catch (StaleDataException changedMeanwhile) {
            Notifications.error(getTranslation("community.categories.conflict"));
        }
        render();
    }
}
