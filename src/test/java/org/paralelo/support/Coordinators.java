package org.paralelo.support;

import java.util.Set;
import org.paralelo.people.AccountService;
import org.paralelo.people.NewAccount;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileData;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.people.Role;

/** Regional coordinators and the learners of a region, created through the real services as the administrator. */
public final class Coordinators {

    public static final String[] COORDINATOR = {"COORDINATOR"};

    private Coordinators() {
    }

    /** A coordinator of the given scope; answers the username. */
    public static String coordinator(AccountService accounts, RegionScope scope) {
        String name = People.uniqueUsername("coordina");
        PersonId id = People.create(accounts, name, Role.COORDINATOR);
        As.admin(() -> accounts.setRoles(id, Set.of(Role.COORDINATOR), scope,
                accounts.find(id).orElseThrow().version()));
        return name;
    }

    /** A learner living in a region, state and municipality, with a position. */
    public static PersonId learnerIn(AccountService accounts, long regionId, String state, String municipality,
                                     String position) {
        String name = People.uniqueUsername("vive");
        return As.admin(() -> accounts.create(new NewAccount(name, People.PASSWORD, Set.of(Role.LEARNER),
                new ProfileData("Lucía " + name, name + "@ejemplo.mx", "es-MX", state, municipality, regionId,
                        position, Set.of()))));
    }

    /** The id of a seeded region by name ("Sureste", "Noroeste"...). */
    public static long region(RegionService regions, String name) {
        return regions.list().stream().filter(r -> r.name().equals(name)).mapToLong(RegionView::id).findFirst()
                .orElseThrow();
    }
}
