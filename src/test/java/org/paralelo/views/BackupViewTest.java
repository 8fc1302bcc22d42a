package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paralelo.backup.ArchiveInfo;
import org.paralelo.backup.BackupService;
import org.paralelo.base.Languages;
import org.paralelo.support.As;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class BackupViewTest extends KaribuTest {

    @Autowired
    BackupService backups;

    @Test
    void an_admin_backs_up_now_follows_the_progress_and_finds_the_new_archive_in_the_list() throws Exception {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/respaldos");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("backup-settings")).getElement().getTextRecursively())
                .contains("Carpeta de respaldos:", "Se conservan los 7 más recientes", "0 30 2 * * *");

        _click(_get(Button.class, spec -> spec.withId("backup-now")));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (As.admin(backups::status).running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        String newest = As.admin(backups::status).lastArchive();
        assertThat(newest).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("backup-state")).getText())
                .startsWith("Último respaldo: " + newest);
        @SuppressWarnings("unchecked")
        Grid<ArchiveInfo> grid = _get(Grid.class, spec -> spec.withId("backup-grid"));
        assertThat(_size(grid)).isPositive();
        assertThat(_get(grid, 0).name()).isEqualTo(newest);
        assertThat(_get(Button.class, spec -> spec.withId("backup-now")).isEnabled()).isTrue();
        assertThat(titleAt("admin/respaldos")).startsWith("Respaldos");
    }

    @Test
    void the_screen_speaks_english_too() {
        signIn("admin", "ADMIN");
        useLanguage(Languages.ENGLISH);
        UI.getCurrent().navigate("admin/respaldos");
        assertThat(_get(Button.class, spec -> spec.withId("backup-now")).getText()).isEqualTo("Back up now");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("backup-settings")).getElement().getTextRecursively())
                .contains("The newest 7 are kept");
    }

    @Test
    void people_who_are_not_admins_cannot_open_the_backups() {
        for (String role : new String[] {"TRAINER", "LEARNER"}) {
            signIn(People.uniqueUsername("curiosa"), role);
            UI.getCurrent().navigate("admin/respaldos");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass()
                    .getSimpleName()).isNotEqualTo("BackupView");
        }
    }
}
