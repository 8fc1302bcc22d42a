package org.paralelo.programme.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.paralelo.base.UserFacingException;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.programme.AttendanceService;
import org.paralelo.programme.CheckInResult;

/**
 * Where a participant checks in from their own phone: the code the facilitator shows, typed or filled in by
 * scanning the QR code (which opens this page with {@code ?codigo=}); one button confirms, so a scan alone never
 * marks anyone. Answers are localised; a wrong or expired code gets one message.
 */
@Route("asistencia")
@PermitAll
public class CheckInView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final AttendanceService attendance;
    private final TextField code = new TextField();
    private final Paragraph outcome = new Paragraph();

    CheckInView(AttendanceService attendance) {
        this.attendance = attendance;
        addClassName("page");
        addClassName("check-in-page");
        code.setId("check-in-input");
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocomplete(Autocomplete.OFF);
        code.addClassName("check-in-input");
        outcome.setId("check-in-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    /** Built on every arrival, in the language chosen at that moment. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        code.setLabel(getTranslation("programme.checkin.code"));
        code.setInvalid(false);
        outcome.setText("");
        Button send = new Button(getTranslation("programme.checkin.action"), click -> send());
        send.setId("check-in-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("programme.checkin.title")), new Paragraph(getTranslation("programme.checkin.intro")),
                code, send, outcome);
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("codigo",
                List.of());
        if (!given.isEmpty() && given.getFirst().length() <= 12) {
            code.setValue(given.getFirst());
        }
    }

    private void send() {
        try {
            CheckInResult result = attendance.checkIn(code.getValue());
            code.setInvalid(false);
            outcome.setText(result.already() ? getTranslation("programme.checkin.already", result.sessionTitle())
                    : getTranslation("programme.checkin.done-" + result.mark().name(), result.sessionTitle()));
            outcome.setClassName("check-in-done");
        } catch (UserFacingException refused) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            outcome.setText("");
        }
    }
}
