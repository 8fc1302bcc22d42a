package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.Languages;
import org.paralelo.base.StaleDataException;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@ParaleloSpringTest
@Tag("persistence")
class ProfileServiceTest {

    private static final String[] LEARNER = {"LEARNER"};

    @Autowired
    ProfileService profiles;
    @Autowired
    AccountService accounts;
    @Autowired
    RegionService regions;

    @Test
    void a_person_edits_their_own_profile_including_region_and_creative_fields() {
        String username = People.uniqueUsername("paco");
        People.create(accounts, username, Role.LEARNER);
        long region = As.anonymous(() -> regions.list()).getFirst().id();

        Profile saved = As.user(username, LEARNER, () -> {
            Profile mine = profiles.myProfile();
            ProfileData data = new ProfileData("Francisco Pérez Ñuñez", mine.email(), "en", "YUC", "Valladolid",
                    region, "CULTURAL_PROMOTER", Set.of("MUSIC", "DANCE"));
            return profiles.updateMyProfile(data, mine.version());
        });

        assertThat(saved.fullName()).isEqualTo("Francisco Pérez Ñuñez");
        assertThat(saved.language()).isEqualTo(Languages.ENGLISH);
        assertThat(saved.state()).isEqualTo(MexicanState.YUC);
        assertThat(saved.regionId()).isEqualTo(region);
        assertThat(saved.position()).isEqualTo(Position.CULTURAL_PROMOTER);
        assertThat(saved.creativeFields()).containsExactlyInAnyOrder(CreativeField.MUSIC, CreativeField.DANCE);
    }

    @Test
    void a_profile_saved_from_an_older_version_is_refused() {
        String username = People.uniqueUsername("quique");
        People.create(accounts, username, Role.LEARNER);
        As.user(username, LEARNER, () -> {
            Profile mine = profiles.myProfile();
            profiles.updateMyProfile(mine.toData(), mine.version());
            assertThatThrownBy(() -> profiles.updateMyProfile(mine.toData(), mine.version()))
                    .isInstanceOf(StaleDataException.class);
        });
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        String username = People.uniqueUsername("rosa");
        People.create(accounts, username, Role.LEARNER);
        As.user(username, LEARNER, () -> {
            assertThatThrownBy(() -> profiles.changeMyPassword("equivocada-123", "nueva-frase-segura"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.concerns("currentPassword")).isTrue());
            profiles.changeMyPassword(People.PASSWORD, "nueva-frase-segura");
        });
    }

    @Test
    void the_chosen_language_is_kept_in_the_profile() {
        String username = People.uniqueUsername("sara");
        People.create(accounts, username, Role.LEARNER);
        As.user(username, LEARNER, () -> profiles.setMyLanguage(Languages.ENGLISH));

        assertThat(As.user(username, LEARNER, () -> profiles.myLanguage())).contains(Languages.ENGLISH);
    }

    @Test
    void nobody_reads_a_profile_without_signing_in() {
        assertThatThrownBy(() -> As.anonymous(() -> profiles.myProfile()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
