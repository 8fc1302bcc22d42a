package org.paralelo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.BrowserTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin reaches the Network's categories from the admin home, opens one to edit it, then looks for a member to
 * name moderator — in Spanish and in English, at desktop size and at 360 px.
 */
class NetworkAdminJourneyTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void an_admin_finds_the_network_categories_and_moderators_from_the_admin_home_in_both_languages() {
        String admin = People.uniqueUsername("admin-red");
        People.create(accounts, admin, Role.ADMIN);
        String member = People.uniqueUsername("miembro-red");
        People.create(accounts, member, Role.LEARNER);

        AdminHomePage home = LoginPage.open(this).signInToAdminHome(admin, People.PASSWORD);
        assertThat(home.card("attention-network")).contains("Administrar categorías", "Administrar moderación");
        NetworkAdminPage categories = home.networkCategories();
        assertThat(categories.heading()).isEqualTo("Categorías de la Red");
        screenshotsAtBothWidths("network-admin-01-categories-es");
        categories.editFirstCategory();
        screenshotsAtBothWidths("network-admin-02-category-dialog-es");
        categories.closeDialog();
        NetworkAdminPage moderators = categories.moderators(member);
        assertThat(moderators.heading()).isEqualTo("Moderación de la Red");
        screenshotsAtBothWidths("network-admin-03-moderators-es");

        open("admin/red/categorias");
        categories = new NetworkAdminPage(this, "/admin/red/categorias", "category-list")
                .inLanguage("English", "Network categories");
        screenshotsAtBothWidths("network-admin-04-categories-en");
        moderators = categories.moderators(member);
        assertThat(moderators.heading()).isEqualTo("Network moderation");
        screenshotsAtBothWidths("network-admin-05-moderators-en");
    }
}
