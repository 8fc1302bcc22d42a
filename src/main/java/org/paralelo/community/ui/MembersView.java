package org.paralelo.community.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.FoldingFilters;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.AvatarService;
import org.paralelo.community.CreativeCity;
import org.paralelo.community.MemberCard;
import org.paralelo.community.MemberFilter;
import org.paralelo.community.NetworkPaths;
import org.paralelo.community.NetworkProfileService;
import org.paralelo.people.CreativeField;
import org.paralelo.people.MexicanState;
import org.paralelo.people.PersonId;
import org.paralelo.people.Position;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;

/**
 * The member directory: everyone who switched their network profile on, narrowed by name, region, state,
 * position, creative field or Creative City. Rows are fetched page by page as the list scrolls; each row is one
 * card, so the list reads the same on a phone.
 */
@Route(NetworkPaths.DIRECTORY)
@Menu(order = 5, title = "menu.members", icon = "vaadin:users")
@PermitAll
public class MembersView extends Main implements TitledByHeading {

    private final TextField text = new TextField();
    private final ComboBox<RegionView> region = new ComboBox<>();
    private final ComboBox<MexicanState> state = new ComboBox<>();
    private final ComboBox<Position> position = new ComboBox<>();
    private final ComboBox<CreativeField> field = new ComboBox<>();
    private final ComboBox<CreativeCity> city = new ComboBox<>();
    private final Grid<MemberCard> grid = new Grid<>();
    private final Map<PersonId, String> shownAvatars = new HashMap<>();

    MembersView(NetworkProfileService profiles, RegionService regions, AvatarService avatars) {
        addClassName("page");
        addClassName("members");
        text.setLabel(getTranslation("network.members.search"));
        text.setId("members-text");
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        combo(region, "members-region", "network.members.region");
        region.setItems(regions.list());
        region.setItemLabelGenerator(RegionView::name);
        combo(state, "members-state", "network.members.state");
        state.setItems(Arrays.stream(MexicanState.values())
                .sorted(Comparator.comparing((MexicanState s) -> getTranslation(s.messageKey()))).toList());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        combo(position, "members-position", "network.members.position");
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        combo(field, "members-field", "network.members.field");
        field.setItems(CreativeField.values());
        field.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        combo(city, "members-city", "network.members.city");
        city.setItems(profiles.creativeCities());
        city.setItemLabelGenerator(c -> MemberTexts.city(this, c));
        text.addValueChangeListener(change -> refresh());

        // The search stays in sight; five lists would fill a phone's first screen, so they fold behind "Filtros".
        FoldingFilters filters = new FoldingFilters("members-filters", region, state, position, field, city);

        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("network.members.list"));
        // Lit templates escape every ${…}: names and organisations are shown as text, never as markup.
        grid.addColumn(LitRenderer.<MemberCard>of("""
                        <div class="member-card">
                          <vaadin-avatar class="member-avatar" name="${item.name}" .img="${item.avatar}"
                            aria-hidden="true"></vaadin-avatar>
                          <a class="member-name" href="${item.href}">${item.name}</a>
                          <div class="member-line">${item.position}</div>
                          <div class="member-line">${item.place}</div>
                          <div class="member-line hint">${item.extra}</div>
                        </div>""")
                .withProperty("href", card -> NetworkPaths.member(card.facts().id()))
                .withProperty("name", card -> card.facts().fullName())
                .withProperty("avatar", card -> shownAvatars.getOrDefault(card.facts().id(), ""))
                .withProperty("position", card -> MemberTexts.position(this, card.facts()))
                .withProperty("place", card -> join(card.organisation(), MemberTexts.place(this, card.facts())))
                .withProperty("extra", card -> join(MemberTexts.fields(this, card.facts()),
                        MemberTexts.city(this, card.creativeCity()))))
                .setHeader(getTranslation("network.members.member"));
        grid.setEmptyStateText(getTranslation("network.members.none"));
        grid.setItems(query -> {
                    List<MemberCard> page = profiles.members(filter(), query.getOffset(), query.getLimit());
                    // One read for the page's avatars (only published profiles are listed, so all may be shown).
                    shownAvatars.putAll(avatars.of(page.stream().map(c -> c.facts().id()).toList()));
                    return page.stream();
                },
                query -> profiles.countMembers(filter()));
        grid.setWidthFull();

        Anchor mine = new Anchor(NetworkPaths.MY_PROFILE, getTranslation("network.members.my-profile"));
        mine.setId("members-my-profile");
        add(new H1(getTranslation("menu.members")), new Paragraph(getTranslation("network.members.intro")),
                new Paragraph(mine), text, filters, grid);
    }

    private <T> void combo(ComboBox<T> box, String id, String labelKey) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> refresh());
    }

    private MemberFilter filter() {
        return new MemberFilter(text.getValue(), region.getValue() == null ? null : region.getValue().id(),
                state.getValue(), position.getValue(), field.getValue(),
                city.getValue() == null ? null : city.getValue().code());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String join(@Nullable String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second.isBlank() ? first : first + " · " + second;
    }
}
