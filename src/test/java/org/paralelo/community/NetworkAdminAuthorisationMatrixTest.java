package org.paralelo.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Network's admin actions × role: only an admin keeps categories and names or removes network moderators; a
 * member, a trainer, a network moderator and an anonymous caller are refused every one of them. Each cell runs the
 * real service call.
 */
@ParaleloSpringTest
class NetworkAdminAuthorisationMatrixTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationContext application;
    @Autowired SpaceService spaces;
    @Autowired ModerationService moderation;

    SpaceFixture f;
    String networkModerator;

    @BeforeEach
    void aCategoryAndANetworkModerator() {
        f = SpaceFixture.in(application);
        networkModerator = SpaceFixture.freshLearner(accounts);
        As.user(f.admin, SpaceFixture.ADMIN, () -> moderation.nameNetworkModerator(id(networkModerator), "Coordina"));
    }

    @ParameterizedTest(name = "{0} may administer the Network: {1}")
    @CsvSource({
        "anonymous,     false",
        "member,        false",
        "trainer,       false",
        "net-moderator, false",
        "admin,         true",
    })
    void only_admins_keep_categories_and_network_moderators(String role, boolean allowed) {
        long version = As.user(f.admin, SpaceFixture.ADMIN, () -> spaces.space(f.category)).version();
        String unique = role + " " + f.member;
        assertThat(allowed(role, () -> spaces.createCategory("Nueva " + unique, "New " + unique, "", "", 1)))
                .as("create a category").isEqualTo(allowed);
        assertThat(allowed(role, () -> {
            spaces.updateCategory(f.category, "Fondos " + unique, "Funds " + unique, "", "", 900, false, version);
            return null;
        })).as("edit a category").isEqualTo(allowed);
        long now = As.user(f.admin, SpaceFixture.ADMIN, () -> spaces.space(f.category)).version();
        assertThat(allowed(role, () -> {
            spaces.setCategoryArchived(f.category, false, now);
            return null;
        })).as("archive or restore a category").isEqualTo(allowed);
        assertThat(allowed(role, () -> moderation.findMembers(f.outsider, 5))).as("search members to name")
                .isEqualTo(allowed);
        assertThat(allowed(role, () -> moderation.networkModerators())).as("list network moderators")
                .isEqualTo(allowed);
        assertThat(allowed(role, () -> {
            moderation.nameNetworkModerator(f.outsiderId, "Apoya");
            return null;
        })).as("name a network moderator").isEqualTo(allowed);
        assertThat(allowed(role, () -> {
            moderation.removeNetworkModerator(f.outsiderId, "Ya no");
            return null;
        })).as("remove a network moderator").isEqualTo(allowed);
    }

    private PersonId id(String username) {
        return As.admin(() -> accounts.idOf(username)).orElseThrow();
    }

    private boolean allowed(String role, Supplier<?> action) {
        return SpaceMatrix.permitted(role, () -> switch (role) {
            case "anonymous" -> As.anonymous(action);
            case "member" -> As.user(f.member, SpaceFixture.LEARNER, action);
            case "trainer" -> As.user(f.trainer, SpaceFixture.TRAINER, action);
            case "net-moderator" -> As.user(networkModerator, SpaceFixture.LEARNER, action);
            case "admin" -> As.user(f.admin, SpaceFixture.ADMIN, action);
            default -> throw new IllegalArgumentException(role);
        });
    }
}
