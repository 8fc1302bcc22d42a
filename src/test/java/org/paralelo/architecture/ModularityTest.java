package org.paralelo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.ParaleloApplication;
import org.paralelo.base.ui.MainLayout;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md §2 stay separate: no cycles, no use of another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ParaleloApplication.class);

    @Test
    void modules_respect_their_boundaries_and_allowed_dependencies() {
        modules.verify();
    }

    @Test
    void base_is_closed_and_offers_its_screens_only_through_the_ui_named_interface() {
        ApplicationModule base = modules.getModuleByName("base").orElseThrow();
        assertThat(base.isOpen()).as("an open module lets every other module reach all of it").isFalse();
        assertThat(base.getNamedInterfaces().getByName("ui")).hasValueSatisfying(
                ui -> assertThat(ui.contains(MainLayout.class)).isTrue());
    }

    @Test
    void module_documentation_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
