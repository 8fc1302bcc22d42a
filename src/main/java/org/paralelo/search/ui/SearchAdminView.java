package org.paralelo.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.ProgressPolling;
import org.paralelo.base.ui.Refusals;
import org.paralelo.search.IndexAdminService;
import org.paralelo.search.SynonymService;

/**
 * Admins rebuild the search index (with a progress bar; search keeps answering from the old index meanwhile) and
 * edit the synonym list.
 */
@Route("admin/busqueda")
@Menu(order = 35, title = "menu.search-admin", icon = "vaadin:search")
@RolesAllowed("ADMIN")
public class SearchAdminView extends Main implements TitledByHeading {

    private final IndexAdminService admin;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph state = new Paragraph();
    private final Button rebuild;
    private final ProgressPolling<IndexAdminService.RebuildStatus> polling;

    SearchAdminView(IndexAdminService admin, SynonymService synonyms) {
        this.admin = admin;
        this.polling = new ProgressPolling<>(this, admin::status, IndexAdminService.RebuildStatus::running,
                this::show, () -> { });
        addClassName("page");
        rebuild = new Button(getTranslation("search.admin.rebuild"), e -> {
            show(admin.rebuild());
            polling.start();
        });
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setId("rebuild-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("search.admin.rebuild"));
        state.setId("rebuild-state");
        state.getElement().setAttribute("role", "status");

        SynonymService.Synonyms list = synonyms.synonyms();
        TextArea lines = new TextArea(getTranslation("search.admin.synonyms"));
        lines.setId("synonyms");
        lines.setWidthFull();
        lines.setMinRows(8);
        lines.setMaxLength(SynonymService.MAX_LENGTH);
        lines.setValue(list.lines());
        long[] version = {list.version()};
        Button save = new Button(getTranslation("search.admin.save"), e -> Refusals.attempt(this, () -> {
            version[0] = synonyms.save(lines.getValue(), version[0]).version();
            lines.setInvalid(false);
            Notifications.success(getTranslation("search.admin.saved"));
        }));
        save.setId("save-synonyms");
        add(new H1(getTranslation("search.admin.title")), state, progress, rebuild,
                new H2(getTranslation("search.admin.synonyms")), lines, save);
        show(admin.status());
    }

    private void show(IndexAdminService.RebuildStatus status) {
        rebuild.setEnabled(!status.running());
        progress.setVisible(status.running());
        if (status.running()) {
            progress.setIndeterminate(status.total() == 0);
            progress.setValue(status.total() == 0 ? 0 : Math.min(1.0, (double) status.done() / status.total()));
            state.setText(getTranslation("search.admin.rebuilding", status.done(), status.total()));
        } else if (!status.problem().isEmpty()) {
            state.setText(getTranslation("search.admin.failed"));
        } else {
            state.setText(getTranslation("search.admin.done", status.documents()));
        }
    }
}
