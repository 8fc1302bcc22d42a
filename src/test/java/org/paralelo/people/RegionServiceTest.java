package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParaleloSpringTest
@Tag("persistence")
class RegionServiceTest {

    @Autowired
    RegionService regions;
    @Autowired
    ProfileService profiles;
    @Autowired
    AccountService accounts;

    @Test
    void the_programme_starts_with_nine_regions_that_anyone_can_list() {
        assertThat(As.anonymous(() -> regions.list())).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void an_admin_adds_renames_and_deletes_a_region() {
        String name = People.uniqueUsername("Región");
        RegionView created = As.admin(() -> regions.create(name));
        RegionView renamed = As.admin(() -> regions.rename(created.id(), name + " Norte", created.version()));
        assertThat(renamed.name()).isEqualTo(name + " Norte");

        As.admin(() -> regions.delete(created.id()));
        assertThat(As.anonymous(() -> regions.list())).extracting(RegionView::id).doesNotContain(created.id());
    }

    @Test
    void duplicate_or_empty_region_names_are_refused() {
        String name = People.uniqueUsername("Sierra");
        As.admin(() -> regions.create(name));
        assertThatThrownBy(() -> As.admin(() -> regions.create(name.toUpperCase())))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.region-exists");
        assertThatThrownBy(() -> As.admin(() -> regions.create("   ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.required");
    }

    @Test
    void a_region_with_people_in_it_cannot_be_deleted() {
        RegionView region = As.admin(() -> regions.create(People.uniqueUsername("Costa")));
        String username = People.uniqueUsername("tere");
        People.create(accounts, username, Role.LEARNER);
        As.user(username, new String[] {"LEARNER"}, () -> {
            Profile mine = profiles.myProfile();
            ProfileData data = mine.toData();
            profiles.updateMyProfile(new ProfileData(data.fullName(), data.email(), data.languageTag(),
                    data.stateCode(), data.municipality(), region.id(), data.positionCode(),
                    data.creativeFieldCodes()), mine.version());
        });

        assertThatThrownBy(() -> As.admin(() -> regions.delete(region.id())))
                .isInstanceOf(UserFacingException.class).hasMessage("error.region-in-use");
    }

    @Test
    void learners_cannot_edit_regions() {
        assertThatThrownBy(() -> As.user("someone", new String[] {"LEARNER"}, () -> regions.create("Nueva")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_state_starts_in_exactly_one_of_the_nine_regions_so_the_region_follows_from_the_state() {
        for (MexicanState state : MexicanState.values()) {
            assertThat(As.anonymous(() -> regions.regionOf(state))).as(state.name()).isPresent();
        }
        assertThat(As.anonymous(() -> regions.regionOf(MexicanState.OAX))).get().extracting(RegionView::name)
                .isEqualTo("Pacífico Sur");
        assertThat(As.anonymous(() -> regions.regionOf(MexicanState.YUC))).get().extracting(RegionView::name)
                .isEqualTo("Península de Yucatán");
    }

    @Test
    void a_state_an_admin_puts_in_two_regions_leaves_the_choice_to_the_person_and_only_admins_map_states() {
        RegionView mixteca = As.admin(() -> regions.create(People.uniqueUsername("Mixteca")));
        RegionView saved = As.admin(() -> regions.setStates(mixteca.id(), java.util.Set.of(MexicanState.OAX,
                MexicanState.PUE), mixteca.version()));

        assertThat(As.admin(() -> regions.statesOf(mixteca.id()))).containsExactlyInAnyOrder(MexicanState.OAX,
                MexicanState.PUE);
        assertThat(As.anonymous(() -> regions.regionOf(MexicanState.OAX))).as("ambiguous").isEmpty();
        assertThatThrownBy(() -> As.admin(() -> regions.setStates(mixteca.id(), java.util.Set.of(),
                mixteca.version()))).as("stale").isInstanceOf(org.paralelo.base.StaleDataException.class);
        assertThatThrownBy(() -> As.user("curioso", new String[] {"TRAINER"}, () -> regions.setStates(mixteca.id(),
                java.util.Set.of(), saved.version()))).isInstanceOf(AccessDeniedException.class);

        As.admin(() -> regions.delete(mixteca.id()));
        assertThat(As.anonymous(() -> regions.regionOf(MexicanState.OAX))).isPresent();
    }

    @Test
    void municipality_names_fold_case_accents_and_spacing_and_keep_the_known_spelling() {
        assertThat(MunicipalityNames.fold("  Oaxaca  de JUÁREZ ")).isEqualTo("oaxaca de juarez");
        assertThat(MunicipalityNames.canonical("oaxaca de juarez", java.util.List.of("Tlacolula",
                "Oaxaca de Juárez"))).isEqualTo("Oaxaca de Juárez");
        assertThat(MunicipalityNames.canonical("  San  Juan ", java.util.List.of())).isEqualTo("San Juan");
        assertThat(MunicipalityNames.canonical("   ", java.util.List.of("X"))).isNull();
    }
}
