package org.paralelo.learning.ui;

import org.paralelo.base.ProgrammeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.learning.CertificateService;
import org.paralelo.learning.CertificateView;

/** Admins find certificates by name, course or code and revoke one after confirming. */
@Route("certificados")
@Menu(order = 26, title = "menu.certificates", icon = "vaadin:diploma")
@RolesAllowed("ADMIN")
public class CertificatesView extends Main implements TitledByHeading {

    private final CertificateService certificates;
    private final Grid<CertificateView> grid = new Grid<>();
    private final TextField search = new TextField();

    CertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("page");
        search.setLabel(getTranslation("learning.certificates.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setId("certificate-search");
        search.addValueChangeListener(e -> refresh());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ProgrammeZone.ZONE);
        grid.addColumn(CertificateView::personName).setHeader(getTranslation("learning.certificates.person"))
                .setAutoWidth(true);
        grid.addColumn(CertificateView::courseTitle).setHeader(getTranslation("learning.certificates.course"));
        grid.addColumn(c -> date.format(c.issuedAt())).setHeader(getTranslation("learning.certificates.date"));
        grid.addColumn(CertificateView::code).setHeader(getTranslation("learning.certificates.code"));
        grid.addComponentColumn(this::action).setHeader(getTranslation("learning.certificates.state"))
                .setKey("state");
        grid.setId("certificates");
        add(new H1(getTranslation("menu.certificates")), search, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component action(CertificateView certificate) {
        if (certificate.revoked()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("learning.verify.revoked"));
        }
        Button revoke = new Button(getTranslation("learning.certificates.revoke"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("learning.certificates.revoke"),
                    getTranslation("learning.certificates.revoke-confirm", certificate.personName(),
                            certificate.courseTitle()),
                    getTranslation("learning.certificates.revoke"), event -> {
                        if (Refusals.attempt(this, () -> certificates.revoke(certificate.code()))) {
                            Notifications.success(getTranslation("learning.certificates.revoked"));
                        }
                        refresh();
                    }, getTranslation("action.cancel"), event -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("revoke");
        return revoke;
    }

    private void refresh() {
        grid.setItems(certificates.search(search.getValue()));
    }
}
