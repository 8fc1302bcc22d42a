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
}
