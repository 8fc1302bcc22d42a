package org.paralelo.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ModerationEntry;
import org.paralelo.community.ModerationItem;
import org.paralelo.community.ModerationService;
import org.paralelo.community.ResourceModerationService;
import org.paralelo.community.ResourcePaths;
import org.paralelo.community.ResourceQueueItem;
import org.paralelo.community.SpacePaths;
import org.paralelo.people.PersonRef;

/**
 * Moderators' queue: the open reports of the spaces they moderate (oldest first), with hide, keep and suspend,
 * each asking why; then the shared resources waiting for a decision or reported (publish, send back with a reason,
 * keep); below, the latest recorded actions.
 */
@Route("red/moderacion")
@PermitAll
public class ModerationQueueView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final ModerationService moderation;
    private final ResourceModerationService resources;

    ModerationQueueView(ModerationService moderation, ResourceModerationService resources) {
        this.moderation = moderation;
        this.resources = resources;
        addClassName("page");
        addClassName("community");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!moderation.mayModerate()) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        add(new Anchor(SpacePaths.spaces(), getTranslation("community.back-to-spaces")),
                new H1(getTranslation("community.moderation.title")));
        List<ModerationItem> items = moderation.queue();
        Div queue = new Div();
        queue.setId("queue");
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.moderation.empty"));
            none.setId("queue-empty");
            queue.add(none);
        }
        items.forEach(item -> queue.add(card(item)));
        add(queue, resourceQueue(), new H2(getTranslation("community.moderation.log")));
        Div log = new Div();
        log.setId("moderation-log");
        for (ModerationEntry entry : moderation.log(50)) {
            log.add(SpaceLabels.logLine(this, getLocale(), entry));
        }
        add(log);
    }

    private Div card(ModerationItem item) {
        Anchor where = new Anchor(SpacePaths.post(item.thread(), item.seq()), item.threadTitle()
                + (item.seq() > 0 ? " #" + item.seq() : ""));
        Div card = new Div(where,
                new Paragraph(getTranslation("community.moderation.by", item.author().fullName(),
                        SpaceLabels.when(getLocale(), item.reportedAt()))),
                new Paragraph(item.excerpt()),
                new Paragraph(getTranslation("community.moderation.reported", item.reporter().fullName(),
                        item.reason())));
        card.addClassName("moderation-item");
        card.setId("report-" + item.reportId());
        String suffix = "-" + item.reportId();
        Div actions = new Div();
        actions.addClassName("post-actions");
        if (!item.hidden()) {
            actions.add(ReasonDialog.button(this, "community.moderation.hide", "hide" + suffix,
                    reason -> moderation.hide(item.post(), reason), this::render));
        }
        actions.add(ReasonDialog.button(this, "community.moderation.dismiss", "dismiss" + suffix,
                reason -> moderation.dismiss(item.post(), reason), this::render));
        Button suspend = new Button(getTranslation("community.moderation.suspend"), click -> suspend(item.author()));
        suspend.setId("suspend" + suffix);
        actions.add(suspend);
        card.add(actions);
        return card;
    }

    private Div resourceQueue() {
        Div section = new Div(new H2(getTranslation("resource.queue.title")));
        section.setId("resource-queue");
        List<ResourceQueueItem> items = resources.queue();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("resource.queue.empty"));
            none.setId("resource-queue-empty");
            section.add(none);
        }
        for (ResourceQueueItem item : items) {
            String suffix = "-" + item.resource().value() + (item.reporter() == null ? "" : "-r");
            Div card = new Div(new Anchor(ResourcePaths.resource(item.resource()), item.title()),
                    new Paragraph(getTranslation(item.reporter() == null ? "resource.queue.submitted"
                            : "community.moderation.by", item.author().fullName(),
                            SpaceLabels.when(getLocale(), item.at()))),
                    new Paragraph(item.summary()));
            card.addClassName("moderation-item");
            card.setId("resource-item" + suffix);
            Div actions = new Div();
            actions.addClassName("post-actions");
            if (item.reporter() == null) {
                Button approve = new Button(getTranslation("resource.queue.approve"), click -> {
                    if (SpaceForms.attempt(this, new FieldErrors(this), () -> resources.approve(item.resource(), ""))) {
                        Notifications.success(getTranslation("resource.queue.approved", item.title()));
                        render();
                    }
                });
                approve.setId("approve" + suffix);
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(approve);
            } else {
                card.add(new Paragraph(getTranslation("community.moderation.reported", item.reporter().fullName(),
                        item.reason())));
                actions.add(ReasonDialog.button(this, "community.moderation.dismiss", "keep" + suffix,
                        reason -> resources.dismiss(item.resource(), reason), this::render));
            }
            actions.add(ReasonDialog.button(this, "resource.queue.reject", "reject" + suffix,
                    reason -> resources.reject(item.resource(), reason), this::render));
            card.add(actions);
            section.add(card);
        }
        return section;
    }

    private void suspend(PersonRef person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("community.moderation.suspend-title", person.fullName()));
        IntegerField days = new IntegerField(getTranslation("community.moderation.days"));
        days.setId("suspend-days");
        days.setMin(1);
        days.setMax(365);
        days.setValue(7);
        TextArea reason = new TextArea(getTranslation("community.moderation.reason"));
        reason.setId("suspend-reason");
        reason.setMaxLength(ModerationService.REASON_MAX);
        FieldErrors errors = new FieldErrors(this).field("reason", reason).field("period", days);
        Button confirm = new Button(getTranslation("community.moderation.suspend"), click -> {
            int period = days.getValue() == null ? 0 : days.getValue();
            if (SpaceForms.attempt(this, errors, () -> moderation.suspend(person.id(), Duration.ofDays(period),
                    reason.getValue()))) {
                Notifications.success(getTranslation("community.moderation.suspended", person.fullName()));
                dialog.close();
                render();
            }
        });
        confirm.setId("confirm-suspend");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("community.cancel"), click -> dialog.close());
        dialog.add(new Div(days, reason));
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
