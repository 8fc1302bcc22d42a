package org.paralelo.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.people.SignInNoticeService;
import org.paralelo.people.SignInNoticeService.FailedSignIns;
import org.springframework.stereotype.Component;

/**
 * Once per signed-in session, on whatever page comes first, tells the person about bursts of failed sign-ins on
 * their account since their last visit. The notice stays until they close it.
 */
@Component
class SignInNoticeDisplay implements VaadinServiceInitListener {

    private static final String CHECKED = "paralelo.sign-in-notices-checked";

    private final SignInNoticeService notices;
    private final AuthenticationContext authentication;

    SignInNoticeDisplay(SignInNoticeService notices, AuthenticationContext authentication) {
        this.notices = notices;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigated -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(CHECKED) != null || !authentication.isAuthenticated()) {
                return;
            }
            session.setAttribute(CHECKED, Boolean.TRUE);
            notices.takeUnseen().forEach(notice -> show(init.getUI(), notice));
        }));
    }

    private static void show(UI ui, FailedSignIns notice) {
        String when = notice.at().atZone(ProgrammeZone.ZONE)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(ui.getLocale()));
        Notification notification = new Notification();
        notification.addClassName("sign-in-notice");
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.getElement().setAttribute("role", "alert");
        Button close = new Button(ui.getTranslation("sign-in-notice.close"), click -> notification.close());
        notification.add(new HorizontalLayout(
                new Span(ui.getTranslation("sign-in-notice.text", notice.failures(), when)), close));
        notification.open();
    }
}
