package org.paralelo.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.people.PersonRef;
import org.paralelo.programme.ProgrammePaths;
import org.paralelo.programme.SessionMaterialService;
import org.paralelo.programme.SessionService;
import org.paralelo.programme.SessionSummary;

/**
 * The roll-call link, editing a session (with its materials) and cancelling it, the same for a run's sessions and
 * a debate series' (the service tells the people registered when the time or place changes). Both end by calling
 * {@code then} so the page redraws.
 */
final class SessionActions {

    private SessionActions() {
    }

    /** The link to the session's roll call, check-in code and sign-in sheet. */
    static Anchor rollCall(Component host, SessionSummary session) {
        Anchor link = new Anchor(ProgrammePaths.rollCall(session.id()), host.getTranslation("programme.rollcall.link"));
        link.setId("roll-call-" + session.id().value());
        link.addClassName("rollcall-link");
        return link;
    }

    /** "Edit": the session's form filled in, saved with the version it was read at (a stale edit is refused). */
    static Button edit(Component host, SessionService sessions, SessionMaterialService materials,
                       SessionSummary session, List<PersonRef> facilitators, Runnable then) {
        Button edit = new Button(host.getTranslation("programme.sessions.edit"), click -> {
            SessionForm form = new SessionForm(facilitators);
            form.show(session);
            Dialog dialog = new Dialog(form, SessionMaterials.editor(host, materials, session.id()));
            dialog.setId("edit-session-dialog");
            dialog.setHeaderTitle(host.getTranslation("programme.sessions.edit-title"));
            Button save = form.saveButton(draft -> sessions.update(session.id(), draft, session.version()),
                    draft -> sessions.updateMovingExtra(session.id(), draft, session.version()), draft -> {
                dialog.close();
                Notifications.success(host.getTranslation("programme.sessions.updated", draft.title().strip()));
                then.run();
            });
            dialog.getFooter().add(new Button(host.getTranslation("action.cancel"), close -> dialog.close()), save);
            dialog.open();
        });
        edit.setId("edit-session-" + session.id().value());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setEnabled(session.cancelledAt() == null);
        return edit;
    }

    /** "Cancel the session", after a confirmation: it stays listed, marked cancelled. */
    static Button cancel(Component host, SessionService sessions, SessionSummary session, Runnable then) {
        Button cancel = new Button(host.getTranslation("programme.sessions.cancel"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(host.getTranslation("programme.sessions.cancel"),
                    host.getTranslation("programme.sessions.cancel-confirm", session.title()),
                    host.getTranslation("programme.sessions.cancel"), event -> {
                        if (Refusals.attempt(host, () -> sessions.cancel(session.id()))) {
                            Notifications.success(host.getTranslation("programme.sessions.cancelled-done"));
                            then.run();
                        }
                    }, host.getTranslation("action.cancel"), event -> { });
            confirm.setId("cancel-session-confirm");
            confirm.open();
        });
        cancel.setId("cancel-session-" + session.id().value());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setEnabled(session.cancelledAt() == null);
        return cancel;
    }
}
