package org.paralelo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.people.domain.PersonRepository;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

@ParaleloSpringTest
@Tag("persistence")
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PersonRepository people;

    @Test
    void an_admin_creates_a_person_with_several_roles_and_a_full_profile() {
        String username = People.uniqueUsername("ana");
        PersonId id = People.create(accounts, username, Role.TRAINER, Role.LEARNER);

        PersonSummary created = As.admin(() -> accounts.find(id)).orElseThrow();
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.LEARNER);
        assertThat(created.state()).isEqualTo(MexicanState.OAX);
        assertThat(created.municipality()).isEqualTo("Teotitlán del Valle");
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void usernames_and_emails_are_stored_in_lower_case_so_they_compare_without_case() {
        String username = People.uniqueUsername("Beto");
        NewAccount account = new NewAccount(username.toUpperCase(), People.PASSWORD, Set.of(Role.LEARNER),
                People.profile(username));
        PersonId id = As.admin(() -> accounts.create(account));

        assertThat(As.admin(() -> accounts.find(id)).orElseThrow().username()).isEqualTo(username.toLowerCase());
        String again = username.toLowerCase();
        assertThatThrownBy(() -> As.admin(() -> accounts.create(new NewAccount(again, People.PASSWORD,
                Set.of(Role.LEARNER), People.profile(People.uniqueUsername("otro"))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).concerns("username")).isTrue());
    }

    @Test
    void an_existing_email_is_refused_and_nothing_is_stored() {
        String first = People.uniqueUsername("carla");
        People.create(accounts, first, Role.LEARNER);
        String second = People.uniqueUsername("carla");
        ProfileData sameEmail = withEmail(People.profile(second), (first + "@ejemplo.mx").toUpperCase());

        assertRefusedWithoutStoring(new NewAccount(second, People.PASSWORD, Set.of(Role.LEARNER), sameEmail),
                "email", "error.email-taken");
    }

    @Test
    void an_invalid_email_is_refused_and_nothing_is_stored() {
        for (String email : new String[] {"sin-arroba", "dos@@ejemplo.mx", "espacio @ejemplo.mx", "a@b", ""}) {
            String username = People.uniqueUsername("dani");
            assertRefusedWithoutStoring(new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER),
                    withEmail(People.profile(username), email)), "email",
                    email.isEmpty() ? "error.required" : "error.email-format");
        }
    }

    @Test
    void a_weak_password_is_refused_and_nothing_is_stored() {
        String username = People.uniqueUsername("elena");
        assertRefusedWithoutStoring(new NewAccount(username, "corta1", Set.of(Role.LEARNER),
                People.profile(username)), "password", "error.password-too-short");
        assertRefusedWithoutStoring(new NewAccount(username, username, Set.of(Role.LEARNER),
                People.profile(username)), "password", "error.password-equals-username");
    }

    @Test
    void a_ten_thousand_character_name_is_refused_and_nothing_is_stored() {
        String username = People.uniqueUsername("fer");
        ProfileData data = People.profile(username);
        ProfileData huge = new ProfileData("N".repeat(10_000), data.email(), data.languageTag(), data.stateCode(),
                data.municipality(), data.regionId(), data.positionCode(), data.creativeFieldCodes());
        assertRefusedWithoutStoring(new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER), huge),
                "fullName", "error.too-long");
    }

    @Test
    void an_unknown_state_region_position_or_creative_field_is_refused() {
        String username = People.uniqueUsername("gabo");
        ProfileData data = People.profile(username);
        ProfileData tampered = new ProfileData(data.fullName(), data.email(), "fr", "XXX", data.municipality(),
                999_999L, "ASTRONAUT", Set.of("ALCHEMY"));
        long before = people.count();

        assertThatThrownBy(() -> As.admin(() -> accounts.create(
                new NewAccount(username, People.PASSWORD, Set.of(Role.LEARNER), tampered))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblemView::of)
                        .contains(new FieldProblemView("state", "error.unknown-state"),
                                new FieldProblemView("region", "error.unknown-region"),
                                new FieldProblemView("position", "error.unknown-position"),
                                new FieldProblemView("creativeFields", "error.unknown-creative-field"),
                                new FieldProblemView("language", "error.unknown-language")));
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void a_person_needs_at_least_one_role() {
        String username = People.uniqueUsername("hugo");
        assertRefusedWithoutStoring(new NewAccount(username, People.PASSWORD, Set.of(), People.profile(username)),
                "roles", "error.roles-required");
    }

    @Test
    void roles_change_only_against_the_version_the_admin_saw() {
        PersonId id = People.create(accounts, People.uniqueUsername("ines"), Role.LEARNER);
        long version = As.admin(() -> accounts.find(id)).orElseThrow().version();

        As.admin(() -> accounts.setRoles(id, Set.of(Role.LEARNER, Role.TRAINER), version));

        assertThat(As.admin(() -> accounts.find(id)).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThatThrownBy(() -> As.admin(() -> accounts.setRoles(id, Set.of(Role.ADMIN), version)))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void an_admin_cannot_disable_themself_or_drop_their_own_admin_role() {
        String username = People.uniqueUsername("jefa");
        PersonId id = People.create(accounts, username, Role.ADMIN);
        long version = As.admin(() -> accounts.find(id)).orElseThrow().version();

        assertThatThrownBy(() -> As.user(username, new String[] {"ADMIN"},
                () -> accounts.setEnabled(id, false, version)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.cannot-disable-self");
        assertThatThrownBy(() -> As.user(username, new String[] {"ADMIN"},
                () -> accounts.setRoles(id, Set.of(Role.LEARNER), version)))
                .isInstanceOf(UserFacingException.class).hasMessage("error.cannot-remove-own-admin");
    }

    @Test
    void the_people_list_filters_by_name_username_or_email() {
        String username = People.uniqueUsername("karla");
        People.create(accounts, username, Role.LEARNER);

        assertThat(As.admin(() -> accounts.list(username.toUpperCase(), Pageable.ofSize(10))).getContent())
                .extracting(PersonSummary::username).containsExactly(username);
        assertThat(As.admin(() -> accounts.count(username))).isEqualTo(1);
    }

    private void assertRefusedWithoutStoring(NewAccount account, String field, String messageKey) {
        long before = people.count();
        assertThatThrownBy(() -> As.admin(() -> accounts.create(account)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblemView::of).contains(new FieldProblemView(field, messageKey)));
        assertThat(people.count()).as("people stored").isEqualTo(before);
    }

    private static ProfileData withEmail(ProfileData data, String email) {
        return new ProfileData(data.fullName(), email, data.languageTag(), data.stateCode(), data.municipality(),
                data.regionId(), data.positionCode(), data.creativeFieldCodes());
    }

    record FieldProblemView(String field, String messageKey) {
        static FieldProblemView of(org.paralelo.base.FieldProblem problem) {
            return new FieldProblemView(problem.field(), problem.messageKey());
        }
    }
}
