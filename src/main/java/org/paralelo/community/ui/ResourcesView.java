package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.paralelo.base.ui.FoldingFilters;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ResourceFilter;
import org.paralelo.community.ResourceKind;
import org.paralelo.community.ResourcePaths;
import org.paralelo.community.ResourceService;
import org.paralelo.community.ResourceView;
import org.paralelo.people.CreativeField;
import org.paralelo.people.RegionView;

/**
 * The shared resources ("Buenas prácticas"): published resources, newest first, narrowed by topic, creative
 * field, region and kind. Cards are plain text and a link, {@value #PAGE} at a time, so the page stays light on a
 * phone and a slow connection.
 */
@Route(ResourcePaths.LIBRARY)
@Menu(order = 5.5, title = "menu.resources", icon = "vaadin:book")
@PermitAll
public class ResourcesView extends Main implements TitledByHeading {

    static final int PAGE = 20;

    private final ResourceService resources;
    private final ComboBox<String> topic = new ComboBox<>();
    private final ComboBox<CreativeField> field = new ComboBox<>();
    private final ComboBox<RegionView> region = new ComboBox<>();
    private final ComboBox<ResourceKind> kind = new ComboBox<>();
    private final Div cards = new Div();
    private final Button more = new Button();
    private int shown;

    ResourcesView(ResourceService resources) {
        this.resources = resources;
        addClassName("page");
        addClassName("community");
        addClassName("resources");
        combo(topic, "resources-topic", "resource.topic");
        topic.setItems(resources.topics());
        combo(field, "resources-field", "resource.field");
        field.setItems(CreativeField.values());
        field.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        combo(region, "resources-region", "resource.region");
        region.setItems(resources.regions());
        region.setItemLabelGenerator(RegionView::name);
        combo(kind, "resources-kind", "resource.kind");
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        // Four filters would fill a phone's first screen: they fold behind "Filtros" there, as the catalogue's do.
        FoldingFilters filters = new FoldingFilters("resource-filters", topic, field, region, kind);

        Anchor contribute = new Anchor(ResourcePaths.NEW, getTranslation("resource.contribute"));
        contribute.setId("contribute");
        contribute.addClassName("button-link");
        Div actions = new Div(contribute, mine());
        actions.addClassName("page-actions");
        cards.setId("resource-cards");
        cards.addClassName("resource-cards");
        more.setText(getTranslation("resource.more"));
        more.setId("more-resources");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> page());
        add(new H1(getTranslation("resource.library.title")), new Paragraph(getTranslation("resource.library.intro")),
                actions, filters, cards, more);
        refresh();
    }

    private Anchor mine() {
        Anchor mine = new Anchor(ResourcePaths.LIBRARY + "/mios", getTranslation("resource.mine.title"));
        mine.setId("my-resources");
        return mine;
    }

    private void combo(ComboBox<?> box, String id, String labelKey) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> refresh());
    }

    private ResourceFilter filter() {
        return new ResourceFilter(topic.getValue(), field.getValue(),
                region.getValue() == null ? null : region.getValue().id(), kind.getValue());
    }

    private void refresh() {
        cards.removeAll();
        shown = 0;
        page();
        if (shown == 0) {
            Paragraph none = new Paragraph(getTranslation("resource.library.empty"));
            none.setId("resources-empty");
            cards.add(none);
        }
    }

    private void page() {
        List<ResourceView> found = resources.library(filter(), shown, PAGE + 1);
        found.stream().limit(PAGE).forEach(r -> cards.add(card(this, r)));
        shown += Math.min(PAGE, found.size());
        more.setVisible(found.size() > PAGE);
    }

    /** One resource as a light card: kind, linked title, summary, and where it comes from. */
    static Div card(com.vaadin.flow.component.Component context, ResourceView r) {
        Anchor title = new Anchor(ResourcePaths.resource(r.id()), r.title());
        title.setId("resource-" + r.id().value());
        Span kind = new Span(context.getTranslation(r.kind().messageKey()));
        kind.addClassName("resource-kind");
        Paragraph summary = new Paragraph(r.summary());
        summary.addClassName("resource-summary");
        Span facts = new Span(ResourceTexts.facts(context, r));
        facts.addClassName("space-facts");
        Div card = new Div(kind, title, summary, facts);
        card.addClassName("resource-card");
        return card;
    }
}
