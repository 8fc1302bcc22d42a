package org.paralelo.community.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.community.MessageService;
import org.paralelo.community.NetworkPaths;
import org.paralelo.people.MemberFacts;

/** Writes a first (or next) message to a member from their page, then opens the conversation. */
class WriteDialog extends Dialog {

    WriteDialog(MessageService messages, MemberFacts to) {
        setHeaderTitle(getTranslation("network.member.write-to", to.fullName()));
        setId("write-dialog");
        TextArea body = new TextArea(getTranslation("network.conversation.message"));
        body.setId("first-message");
        body.setMaxLength(4000);
        body.setMinRows(4);
        body.setWidthFull();
        FieldErrors errors = new FieldErrors(this).field("body", body);
        Button send = new Button(getTranslation("network.conversation.send"), click -> {
            Submissions.attempt(this, errors, () -> messages.write(to.id(), body.getValue())).ifPresent(conversation -> {
                Notifications.success(getTranslation("network.member.sent"));
                UI.getCurrent().navigate(NetworkPaths.conversation(conversation));
                close();
            });
        });
        send.setId("send-first-message");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(body);
        getFooter().add(cancel, send);
        setWidth("min(40rem, 95vw)");
    }
}
