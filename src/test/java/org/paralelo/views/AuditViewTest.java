package org.paralelo.views;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditEntryView;
import org.paralelo.people.domain.AuditEntry;
import org.paralelo.people.domain.AuditEntryRepository;
import org.paralelo.support.KaribuTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditEntryRepository entries;
    @Autowired
    Clock clock;

    @Test
    void an_admin_reads_the_audit_log_in_spanish_and_narrows_it_to_one_person_and_action() {
        String actor = People.uniqueUsername("revisada");
        entries.save(new AuditEntry(clock.instant(), actor, AuditAction.SIGN_IN_FAILED, "", "203.0.113.5"));
        entries.save(new AuditEntry(clock.instant(), actor, AuditAction.PACKAGE_IMPORTED, "taller → 3", "10.0.0.2"));
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate("admin/auditoria");

        @SuppressWarnings("unchecked")
        Grid<AuditEntryView> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), actor);
        assertThat(_size(grid)).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = _get(Select.class, spec -> spec.withId("audit-action"));
        _setValue(action, AuditAction.PACKAGE_IMPORTED);

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).subject()).isEqualTo("taller → 3");
        assertThat(titleAt("admin/auditoria")).startsWith("Bitácora de auditoría");
    }

    @Test
    void people_who_are_not_admins_cannot_open_the_audit_log() {
        signIn(People.uniqueUsername("curiosa"), "TRAINER");
        UI.getCurrent().navigate("admin/auditoria");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName())
                .isNotEqualTo("AuditView");
    }
}
