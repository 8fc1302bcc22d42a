package org.paralelo.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.paralelo.people.SignInLinks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.LanguageSwitcher;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.people.PasswordResetService;

/**
 * Asks for the e-mail address of a forgotten password. The answer is the same whether or not an account uses
 * the address; without outgoing mail the page says to ask an administrator instead.
 */
@Route(value = "contrasena/olvide", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements TitledByHeading {

    public static final String ROUTE = "contrasena/olvide";

    private static String sourceAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    ForgotPasswordView(PasswordResetService resets, LanguagePreference languages) {
        addClassName("form-page");
        add(new LanguageSwitcher(languages), new H1(getTranslation("password-reset.title")));
        Anchor back = SignInLinks.anchor(getTranslation("register.back-to-login"));
        if (!resets.mailAvailable()) {
            Paragraph noMail = new Paragraph(getTranslation("password-reset.no-mail"));
            noMail.setId("no-mail");
            add(noMail, new Paragraph(back));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("password-reset.intro"));
        EmailField email = new EmailField(getTranslation("password-reset.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        Div form = new Div(intro, email);
        FieldErrors errors = new FieldErrors(this).field("email", email);
        Button send = new Button(getTranslation("password-reset.send"));
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                errors.clear();
                resets.requestReset(email.getValue(), sourceAddress());
                Paragraph sent = new Paragraph(getTranslation("password-reset.sent", email.getValue().strip()));
                sent.setId("sent");
                form.removeAll();
                form.add(sent);
            } catch (InvalidInputException refused) {
                errors.show(refused);
            } catch (UserFacingException refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        form.add(send);
        add(form, new Paragraph(back));
    }
}
