package org.paralelo.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.ui.HomeView;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.SpacePaths;
import org.paralelo.courses.AuthoringPaths;
import org.paralelo.courses.CourseCard;
import org.paralelo.people.PersonSummary;
import org.paralelo.reporting.AdminAttention;
import org.paralelo.reporting.AdminAttentionService;

/**
 * The admin's home ({@code /admin/inicio}): what needs attention today — essays waiting for a grade, courses
 * nobody teaches, the week's new accounts, reported posts and resources, the last backup — each with a link to
 * the screen where it is dealt with — and the way to the Network's categories and moderators. The root address forwards admins here.
 */
@Route(HomeView.ADMIN_HOME)
@RolesAllowed("ADMIN")
@Menu(order = 0.5, title = "menu.admin-home", icon = "vaadin:home")
public class AdminHomeView extends Main implements TitledByHeading {

    private static final int COURSES_LISTED = 10;

    AdminHomeView(AdminAttentionService service) {
        addClassName("page");
        addClassName("admin-home");
        AdminAttention attention = service.attention();
        add(new H1(getTranslation("admin-home.title")), new Paragraph(getTranslation("admin-home.intro")));
        add(grading(attention), courses(attention), signUps(attention));
        if (attention.pendingModeration() >= 0) {
            add(moderation(attention));
        }
        add(backup(attention), network());
    }

    private Component network() {
        Section card = card("attention-network", "admin-home.network.title",
                getTranslation("admin-home.network.text"), SpacePaths.ADMIN_CATEGORIES,
                "admin-home.network.categories");
        card.add(new Anchor(SpacePaths.ADMIN_MODERATORS, getTranslation("admin-home.network.moderators")));
        return card;
    }

    private Component grading(AdminAttention attention) {
        return countCard("attention-grading", "grading", attention.pendingEssays(), "imparto/calificar");
    }

    private Component courses(AdminAttention attention) {
        int count = attention.coursesWithoutTrainer().size();
        Section card = card("attention-courses", "admin-home.courses.title",
                count == 0 ? getTranslation("admin-home.courses.none")
                        : getTranslation("admin-home.courses.count", count), null, null);
        if (count > 0) {
            UnorderedList list = new UnorderedList();
            for (CourseCard course : attention.coursesWithoutTrainer().stream().limit(COURSES_LISTED).toList()) {
                list.add(new ListItem(new Anchor(AuthoringPaths.courseEditor(course.id()), course.title())));
            }
            card.add(list);
        }
        return card;
    }

    private Component signUps(AdminAttention attention) {
        Section card = card("attention-sign-ups", "admin-home.sign-ups.title",
                getTranslation("admin-home.sign-ups.count", attention.signUpsThisWeek()),
                "admin/personas", "admin-home.sign-ups.link");
        if (!attention.newestAccounts().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (PersonSummary person : attention.newestAccounts()) {
                list.add(new ListItem(person.fullName() + " (" + person.username() + ")"));
            }
            // Above the link, which stays last in the card.
            card.addComponentAtIndex(card.getComponentCount() - 1, list);
        }
        return card;
    }

    private Component moderation(AdminAttention attention) {
        return countCard("attention-moderation", "moderation", attention.pendingModeration(), "red/moderacion");
    }

    /**
     * A card of things waiting: "none" or how many, and a link to where they are dealt with; its texts are the
     * {@code admin-home.<topic>.*} messages.
     */
    private Section countCard(String id, String topic, int waiting, String link) {
        String keys = "admin-home." + topic;
        return card(id, keys + ".title", waiting == 0 ? getTranslation(keys + ".none")
                : getTranslation(keys + ".count", waiting), link, keys + ".link");
    }

    private Component backup(AdminAttention attention) {
        Instant last = attention.lastBackup();
        String text = last == null ? getTranslation("admin-home.backup.none")
                : getTranslation("admin-home.backup.last", DateTimeFormatter
                        .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()).withZone(ProgrammeZone.ZONE).format(last));
        return card("attention-backup", "admin-home.backup.title", text, "admin/respaldos", "admin-home.backup.link");
    }

    /** A titled card: a heading, one sentence and, when given, a link to where the work is done. */
    private Section card(String id, String titleKey, String text, @Nullable String link,
                         @Nullable String linkKey) {
        Section card = new Section(new H2(getTranslation(titleKey)), new Paragraph(text));
        card.setId(id);
        card.addClassName("attention-card");
        if (link != null && linkKey != null) {
            card.add(new Anchor(link, getTranslation(linkKey)));
        }
        return card;
    }
}
