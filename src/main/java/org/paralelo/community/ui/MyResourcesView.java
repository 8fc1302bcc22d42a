package org.paralelo.community.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ResourcePaths;
import org.paralelo.community.ResourceService;
import org.paralelo.community.ResourceStatus;
import org.paralelo.community.ResourceView;

/** My contributions in every status: waiting, published, or sent back with the moderator's reason and an edit link. */
@Route(ResourcePaths.LIBRARY + "/mios")
@PermitAll
public class MyResourcesView extends Main implements TitledByHeading {

    MyResourcesView(ResourceService resources) {
        addClassName("page");
        addClassName("community");
        addClassName("resources");
        add(new Paragraph(new Anchor(ResourcePaths.LIBRARY, getTranslation("resource.back"))),
                new H1(getTranslation("resource.mine.title")));
        Div cards = new Div();
        cards.setId("my-resource-cards");
        cards.addClassName("resource-cards");
        List<ResourceView> mine = resources.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("resource.mine.empty"));
            none.setId("my-resources-empty");
            cards.add(none);
        }
        for (ResourceView r : mine) {
            Div card = ResourcesView.card(this, r);
            Paragraph status = new Paragraph(getTranslation(r.status().messageKey()));
            status.addClassName("resource-status");
            card.add(status);
            if (r.status() == ResourceStatus.REJECTED && r.rejectReason() != null) {
                card.add(new Paragraph(getTranslation("resource.rejected-because", r.rejectReason())));
                Anchor edit = new Anchor(ResourcePaths.edit(r.id()), getTranslation("resource.edit-resubmit"));
                edit.setId("resubmit-" + r.id().value());
                card.add(edit);
            }
            cards.add(card);
        }
        add(cards, new Anchor(ResourcePaths.NEW, getTranslation("resource.contribute")));
    }
}
