package org.paralelo.community.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.NetworkPaths;
import org.paralelo.community.ResourceId;
import org.paralelo.community.ResourcePaths;
import org.paralelo.community.ResourceService;
import org.paralelo.community.ResourceStatus;
import org.paralelo.community.ResourceView;
import org.springframework.security.access.AccessDeniedException;

/**
 * One resource: what it is about, who shared it (linked to their member page when it is public), and the resource
 * itself — the document to download, the link (opened apart, without referrer) or the experience's sanitised text.
 * Its author sees its status and, when it was sent back, the moderator's reason. A resource the person may not read
 * answers "not found", like one that does not exist.
 */
@Route(ResourcePaths.LIBRARY + "/:id([0-9]{1,18})")
@PermitAll
public class ResourcePageView extends Main implements BeforeEnterObserver, TitledByHeading {

    private final ResourceService resources;

    ResourcePageView(ResourceService resources) {
        this.resources = resources;
        addClassName("page");
        addClassName("community");
        addClassName("resource-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ResourceId id = new ResourceId(Long.parseLong(event.getRouteParameters().get("id").orElse("0")));
        try {
            show(resources.find(id));
        } catch (AccessDeniedException | java.util.NoSuchElementException missing) {
            throw new NotFoundException();
        }
    }

    private void show(ResourceView r) {
        removeAll();
        add(new Paragraph(new Anchor(ResourcePaths.LIBRARY, getTranslation("resource.back"))));
        H1 title = new H1(r.title());
        title.setId("resource-title");
        Span kind = new Span(getTranslation(r.kind().messageKey()));
        kind.addClassName("resource-kind");
        add(kind, title);
        if (r.status() != ResourceStatus.PUBLISHED) {
            Paragraph status = new Paragraph(getTranslation(r.status().messageKey()));
            status.setId("resource-status");
            status.addClassName("resource-status");
            add(status);
        }
        if (r.rejectReason() != null && r.mayEdit()) {
            Paragraph reason = new Paragraph(getTranslation("resource.rejected-because", r.rejectReason()));
            reason.setId("resource-reject-reason");
            add(reason);
        }
        Paragraph summary = new Paragraph(r.summary());
        summary.setId("resource-summary");
        add(summary, author(r));
        Paragraph facts = new Paragraph(ResourceTexts.facts(this, r));
        facts.addClassName("space-facts");
        add(facts, content(r), actions(r));
    }

    private Paragraph author(ResourceView r) {
        Paragraph by = new Paragraph(getTranslation("resource.shared-by") + " ");
        if (r.authorPublic()) {
            Anchor link = new Anchor(NetworkPaths.member(r.author().id()), r.author().fullName());
            link.setId("resource-author");
            by.add(link);
        } else {
            by.add(new Span(r.author().fullName()));
        }
        return by;
    }

    private Div content(ResourceView r) {
        Div content = new Div();
        content.setId("resource-content");
        switch (r.kind()) {
            case DOCUMENT -> {
                if (r.downloadPath() != null) {
                    Anchor download = new Anchor(r.downloadPath(), getTranslation("resource.download",
                            r.documentName()));
                    download.setId("resource-download");
                    download.getElement().setAttribute("download", true);
                    download.setRouterIgnore(true);
                    download.addClassName("button-link");
                    content.add(download);
                }
            }
            case LINK -> {
                Anchor link = new Anchor(r.url(), getTranslation("resource.open-link"), AnchorTarget.BLANK);
                link.setId("resource-link");
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                link.addClassName("button-link");
                Span address = new Span(r.url());
                address.addClassName("resource-url");
                content.add(link, address);
            }
            case EXPERIENCE -> content.add(new Html("<div class=\"post-body user-text\" id=\"resource-experience\">"
                    + r.experienceHtml() + "</div>"));
        }
        return content;
    }

    private Div actions(ResourceView r) {
        Div actions = new Div();
        actions.addClassName("post-actions");
        if (r.mayEdit()) {
            Anchor edit = new Anchor(ResourcePaths.edit(r.id()), getTranslation("resource.edit"));
            edit.setId("edit-resource");
            actions.add(edit);
        }
        if (r.status() == ResourceStatus.PUBLISHED) {
            actions.add(ReasonDialog.button(this, "resource.report", "report-resource",
                    reason -> resources.report(r.id(), reason),
                    () -> Notifications.success(getTranslation("community.post.reported"))));
        }
        return actions;
    }
}
