package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonRef;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What admins do to the Network itself: keep its categories (names in both languages, order, archive and restore,
 * refusing empty, too long and duplicate names and a save over someone else's change) and name network moderators,
 * each naming and removal recorded with who did it and when.
 */
@ParaleloSpringTest
class NetworkAdminServiceTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationContext application;
    @Autowired SpaceService spaces;
    @Autowired ModerationService moderation;

    SpaceFixture f;

    @BeforeEach
    void aNetworkWithItsOwnCategory() {
        f = SpaceFixture.in(application);
    }

    @Test
    void an_admin_renames_reorders_and_archives_a_category_and_members_stop_seeing_it_until_restored() {
        SpaceSummary before = category(f.category);
        asAdmin(() -> spaces.updateCategory(f.category, "Fondos y becas " + f.member, "Funds and grants " + f.member,
                "Convocatorias", "Calls", 901, false, before.version()));
        SpaceSummary renamed = category(f.category);
        assertThat(renamed.nameEn()).isEqualTo("Funds and grants " + f.member);
        assertThat(renamed.sortOrder()).isEqualTo(901);

        asAdmin(() -> spaces.setCategoryArchived(f.category, true, renamed.version()));
        assertThat(memberCategories()).doesNotContain(f.category);
        assertThat(category(f.category).archived()).as("admins still see it, marked archived").isTrue();

        asAdmin(() -> spaces.setCategoryArchived(f.category, false, category(f.category).version()));
        assertThat(memberCategories()).contains(f.category);
    }

    @Test
    void a_category_needs_both_names_short_enough_and_not_taken_by_another_category() {
        assertThat(problems(() -> spaces.createCategory(" ", "", "", "", 1)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(tuple("nameEs", "error.required"), tuple("nameEn", "error.required"));
        assertThat(problems(() -> spaces.createCategory("x".repeat(SpaceService.NAME_MAX + 1), "Ok " + f.member, "",
                "d".repeat(SpaceService.DESCRIPTION_MAX + 1), 1)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(tuple("nameEs", "error.too-long"), tuple("descriptionEn", "error.too-long"));
        assertThat(problems(() -> spaces.createCategory("  fondos " + f.member.toUpperCase() + " ", "Other " + f.member,
                "", "", 1))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("nameEs", "community.error.category-name-taken"));
        SpaceId other = asAdmin(() -> spaces.createCategory("Otra " + f.member, "Other " + f.member, "", "", 2));
        assertThat(problems(() -> spaces.updateCategory(other, "Otra " + f.member, "Funds " + f.member, "", "", 2,
                false, category(other).version()))).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("nameEn", "community.error.category-name-taken"));
        SpaceSummary same = category(other);
        asAdmin(() -> spaces.updateCategory(other, same.nameEs(), same.nameEn(), "Ahora con descripción", "", 2,
                false, same.version()));
        assertThat(category(other).descriptionEs()).as("keeping its own name is no duplicate")
                .isEqualTo("Ahora con descripción");
    }

    @Test
    void saving_or_archiving_over_someone_elses_change_is_refused_as_stale() {
        SpaceSummary seen = category(f.category);
        asAdmin(() -> spaces.updateCategory(f.category, seen.nameEs(), seen.nameEn(), "Primera", "First", 900, false,
                seen.version()));
        assertThatThrownBy(() -> asAdmin(() -> spaces.updateCategory(f.category, seen.nameEs(), seen.nameEn(),
                "Segunda", "Second", 900, false, seen.version()))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> asAdmin(() -> spaces.setCategoryArchived(f.category, true, seen.version())))
                .isInstanceOf(StaleDataException.class);
        assertThat(category(f.category).descriptionEs()).isEqualTo("Primera");
        assertThat(category(f.category).archived()).isFalse();
    }

    @Test
    void naming_and_removing_a_network_moderator_is_logged_with_who_and_when_and_found_by_name() {
        String coordinatorName = People.uniqueUsername("mod-red");
        People.create(accounts, coordinatorName, org.paralelo.people.Role.LEARNER);
        List<PersonRef> found = asAdmin(() -> moderation.findMembers(coordinatorName, 10));
        assertThat(found).extracting(PersonRef::username).containsExactly(coordinatorName);
        PersonRef person = found.getFirst();

        asAdmin(() -> moderation.nameNetworkModerator(person.id(), "Coordina el Sureste"));
        assertThat(asAdmin(() -> moderation.networkModerators())).extracting(PersonRef::id).contains(person.id());
        asAdmin(() -> moderation.removeNetworkModerator(person.id(), "Terminó su periodo"));
        assertThat(asAdmin(() -> moderation.networkModerators())).extracting(PersonRef::id)
                .doesNotContain(person.id());

        List<ModerationEntry> log = asAdmin(() -> moderation.log(500)).stream()
                .filter(e -> e.person() != null && e.person().id().equals(person.id())).toList();
        assertThat(log).extracting(ModerationEntry::action, ModerationEntry::reason)
                .containsExactly(tuple("REMOVE_MODERATOR", "Terminó su periodo"),
                        tuple("NAME_MODERATOR", "Coordina el Sureste"));
        assertThat(log).allSatisfy(e -> {
            assertThat(e.moderator()).isNotNull();
            assertThat(e.moderator().username()).isEqualTo(f.admin);
            assertThat(e.at()).isNotNull();
        });
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private List<FieldProblem> problems(Runnable call) {
        try {
            asAdmin(() -> {
                call.run();
                return null;
            });
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("the input was accepted");
    }

    private List<SpaceId> memberCategories() {
        return As.user(f.member, SpaceFixture.LEARNER, () -> spaces.categories()).stream().map(SpaceSummary::id)
                .toList();
    }

    private SpaceSummary category(SpaceId id) {
        return asAdmin(() -> spaces.categories()).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return As.user(f.admin, SpaceFixture.ADMIN, work);
    }

    private void asAdmin(Runnable work) {
        As.user(f.admin, SpaceFixture.ADMIN, work);
    }
}
