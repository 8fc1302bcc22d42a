package org.paralelo.learning.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.Verification;

/** Public certificate check (the QR code's target): valid or revoked, name, course and date, nothing else. */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final CertificateService certificates;

    /** The public page of one certificate, as the QR code on the PDF points to it. */
    static String path(String code) {
        return "verify/" + code;
    }

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("page", "verify-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("learning.verify.title")));
        String code = event.getRouteParameters().get("code").orElse("");
        Verification found = certificates.verify(code).orElse(null);
        Span verdict = new Span();
        verdict.setId("verify-verdict");
        verdict.getElement().setAttribute("role", "status");
        if (found == null) {
            verdict.setText(getTranslation("learning.verify.unknown"));
            verdict.getElement().getThemeList().add("badge error");
            add(verdict);
            return;
        }
        verdict.setText(getTranslation(found.valid() ? "learning.verify.valid" : "learning.verify.revoked"));
        verdict.getElement().getThemeList().add(found.valid() ? "badge success" : "badge error");
        Paragraph name = new Paragraph(getTranslation("learning.verify.name", found.personName()));
        name.setId("verify-name");
        Paragraph course = new Paragraph(getTranslation("learning.verify.course", found.courseTitle()));
        course.setId("verify-course");
        Paragraph date = new Paragraph(getTranslation("learning.verify.date",
                found.issuedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()))));
        date.setId("verify-date");
        add(verdict, name, course, date);
    }
}
