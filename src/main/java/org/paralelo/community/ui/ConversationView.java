package org.paralelo.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.LiveScreen;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.ConversationDetails;
import org.paralelo.community.MessageLimits;
import org.paralelo.community.MessageService;
import org.paralelo.community.MessageView;
import org.paralelo.community.NetworkPaths;

/**
 * One conversation: the latest messages (older ones on request), a box to answer and block / unblock. Opening
 * it marks it read. Texts are shown as plain text with their line breaks, never as markup. A conversation that is
 * not mine is "not found", exactly like one that does not exist.
 */
@Route(NetworkPaths.MESSAGES + "/:conversationId")
@PermitAll
public class ConversationView extends Main implements LiveScreen, BeforeEnterObserver, TitledByHeading {

    static final int PAGE = 50;

    private final MessageService messages;
    private final Div thread = new Div();
    private final TextArea answer = new TextArea();
    private DateTimeFormatter when = DateTimeFormatter.ISO_INSTANT;
    private long conversationId;
    private long oldestShown = Long.MAX_VALUE;

    ConversationView(MessageService messages) {
        this.messages = messages;
        addClassName("page");
        addClassName("conversation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        conversationId = event.getRouteParameters().getLong("conversationId").orElse(-1L);
        try {
            show(messages.conversation(conversationId));
        } catch (UserFacingException notMine) {
            Paragraph missing = new Paragraph(getTranslation("network.error.conversation-not-found"));
            missing.setId("conversation-not-found");
            add(new H1(getTranslation("network.conversation.not-found-title")), missing,
                    new Anchor(NetworkPaths.MESSAGES, getTranslation("network.conversation.back")));
        }
    }

    private void show(ConversationDetails details) {
        H1 title = new H1(getTranslation("network.conversation.with", details.other().name()));
        title.setId("conversation-title");
        add(title);
        if (details.other().publicProfile()) {
            add(new Paragraph(new Anchor(NetworkPaths.member(details.other().id()),
                    getTranslation("network.conversation.see-profile"))));
        }
        thread.setId("conversation-messages");
        thread.addClassName("message-thread");
        thread.getElement().setAttribute("role", "log");
        thread.getElement().setAttribute("aria-label", getTranslation("network.conversation.messages"));
        thread.removeAll();
        oldestShown = Long.MAX_VALUE;
        add(thread);
        loadOlder();
        messages.markRead(conversationId);

        if (details.canWrite()) {
            add(composer());
        } else {
            Paragraph closed = new Paragraph(getTranslation(details.iBlocked()
                    ? "network.conversation.you-blocked" : "network.conversation.cannot-write"));
            closed.setId("conversation-closed");
            closed.addClassName("hint");
            add(closed);
        }
        add(blockButton(details));
        add(new Paragraph(new Anchor(NetworkPaths.MESSAGES, getTranslation("network.conversation.back"))));
    }

    private Component composer() {
        answer.setId("message-body");
        answer.setLabel(getTranslation("network.conversation.answer"));
        answer.setMaxLength(4000);
        answer.setMinRows(3);
        answer.setWidthFull();
        answer.setHelperText(getTranslation("network.conversation.limits", MessageLimits.PER_BURST,
                MessageLimits.BURST.toMinutes(), MessageLimits.PER_DAY));
        FieldErrors errors = new FieldErrors(this).field("body", answer);
        Button send = new Button(getTranslation("network.conversation.send"), click -> send(errors));
        send.setId("send-message");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Div composer = new Div(answer, send);
        composer.addClassName("message-composer");
        return composer;
    }

    private void send(FieldErrors errors) {
        Submissions.attempt(this, errors, () -> messages.send(conversationId, answer.getValue())).ifPresent(sent -> {
            answer.clear();
            refresh();
        });
    }

    /** Shows messages that arrived since the page was built; used after sending and by live updates. */
    void refresh() {
        thread.removeAll();
        oldestShown = Long.MAX_VALUE;
        loadOlder();
        messages.markRead(conversationId);
    }

    private void loadOlder() {
        List<MessageView> page = messages.messages(conversationId, oldestShown, PAGE);
        thread.getChildren().filter(c -> c.getId().filter("older-messages"::equals).isPresent()).findFirst()
                .ifPresent(thread::remove);
        int at = 0;
        for (MessageView message : page) {
            thread.addComponentAtIndex(at++, bubble(message));
        }
        if (!page.isEmpty()) {
            oldestShown = page.getFirst().id();
        }
        if (page.size() == PAGE) {
            Button older = new Button(getTranslation("network.conversation.older"), click -> loadOlder());
            older.setId("older-messages");
            older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            thread.addComponentAsFirst(older);
        }
        if (thread.getComponentCount() == 0) {
            thread.add(new Paragraph(getTranslation("network.conversation.empty")));
        }
    }

    private Component bubble(MessageView message) {
        Span who = new Span(message.mine() ? getTranslation("network.conversation.me") : message.senderName());
        who.addClassName("message-author");
        Span sent = new Span(when.format(message.sentAt()));
        sent.addClassName("hint");
        Div body = new Div();
        body.setText(message.body());
        body.addClassName("user-text");
        Div bubble = new Div(who, sent, body);
        bubble.addClassName("message");
        bubble.addClassName(message.mine() ? "message-mine" : "message-theirs");
        return bubble;
    }

    private Component blockButton(ConversationDetails details) {
        String name = details.other().name();
        Button button = new Button(getTranslation(details.iBlocked()
                ? "network.conversation.unblock" : "network.conversation.block", name));
        button.setId(details.iBlocked() ? "unblock-person" : "block-person");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.addClickListener(click -> {
            if (details.iBlocked()) {
                if (Refusals.attempt(this, () -> messages.unblock(details.other().id()))) {
                    Notifications.success(getTranslation("network.messages.unblocked", name));
                    reload();
                }
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("network.conversation.block-title", name),
                    getTranslation("network.conversation.block-text", name),
                    getTranslation("network.conversation.block-confirm"), yes -> {
                        if (Refusals.attempt(this, () -> messages.block(details.other().id()))) {
                            Notifications.success(getTranslation("network.conversation.blocked", name));
                            reload();
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("block-confirm");
            confirm.open();
        });
        return button;
    }

    private void reload() {
        removeAll();
        show(messages.conversation(conversationId));
    }

    long conversationId() {
        return conversationId;
    }
}
