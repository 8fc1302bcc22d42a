package org.paralelo.architecture;

import org.junit.jupiter.api.Test;
import org.paralelo.ParaleloApplication;
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
    void module_documentation_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
