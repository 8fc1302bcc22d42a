package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.LanguagePreference;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in page: a header with the language switch and sign-out, and a side navigation
 * built from {@code @Menu} entries. Vaadin filters those entries by the person's access, so each role sees only
 * its own screens; this class never imports a feature view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();
    private final AuthenticationContext authentication;
    private final MenuEntries menuEntries;
    private @Nullable Locale menuLocale;

    MainLayout(AuthenticationContext authentication, LanguagePreference languagePreference,
               ObjectProvider<HeaderItem> headerItems, MenuEntries menuEntries) {
        this.authentication = authentication;
        this.menuEntries = menuEntries;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        // Landmarks around everything the frame shows, so a screen reader can jump to it (axe "region"): the
        // header is the page's banner; the brand and the menu are one navigation region.
        Header banner = new Header(toggle, header(authentication, languagePreference, headerItems));
        banner.addClassName("app-banner");
        addToNavbar(banner);

        navigation.setId("main-navigation");
        navigation.setLabel(getTranslation("layout.navigation"));
        Nav drawer = new Nav(brand(), navigation);
        drawer.addClassName("app-drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        addToDrawer(drawer);
    }

    private Component brand() {
        Anchor brand = new Anchor("", new Image(StaticAssets.url("icons/logo.svg"), ""), new Span("Paralelo"));
        brand.addClassName("brand");
        return brand;
    }

    private Component header(AuthenticationContext authentication, LanguagePreference languagePreference,
                             ObjectProvider<HeaderItem> headerItems) {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        user.addClassName("current-user");
        // The label is its own element so a phone can hide it and keep the icon; the aria-label names the button.
        Button signOut = new Button(new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        Span label = new Span(getTranslation("layout.sign-out"));
        label.addClassName("sign-out-label");
        signOut.getElement().appendChild(label.getElement());
        signOut.setAriaLabel(getTranslation("layout.sign-out"));
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // On a phone the field would shrink to a few letters; a search icon leading to the search page replaces it.
        Anchor searchLink = new Anchor("buscar", new Icon(VaadinIcon.SEARCH));
        searchLink.setId("header-search-link");
        searchLink.addClassName("header-search-link");
        searchLink.setAriaLabel(getTranslation("layout.search"));
        HorizontalLayout header = new HorizontalLayout(searchField(), searchLink);
        headerItems.orderedStream().map(HeaderItem::create).forEach(header::add);
        header.add(user, new LanguageSwitcher(languagePreference), signOut);
        header.addClassName("app-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(0));
        header.setWidthFull();
        return header;
    }

    /** The search box on every page; it only navigates ({@code buscar?q=…}), so base knows nothing of search. */
    private Component searchField() {
        TextField search = new TextField();
        search.setId("header-search");
        search.setPlaceholder(getTranslation("layout.search"));
        search.setAriaLabel(getTranslation("layout.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setMaxLength(500);
        search.addClassName("header-search");
        search.addKeyPressListener(Key.ENTER, e -> {
            if (!search.getValue().isBlank()) {
                getUI().ifPresent(ui -> ui.navigate("buscar",
                        QueryParameters.simple(Map.of("q", search.getValue().strip()))));
                search.clear();
            }
        });
        Div holder = new Div(search);
        holder.addClassName("header-search-holder");
        return holder;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Built after the first navigation so the entries reflect the person's roles and the current language, and
        // only then: the layout stays for every navigation of the page (a change of language reloads it), and new
        // items would cost each navigation their markup and one more round trip, as each new item's web component
        // reports its "expanded" property back to the server once it starts.
        if (menuLocale != null && menuLocale.equals(getLocale())) {
            return;
        }
        menuLocale = getLocale();
        navigation.removeAll();
        for (MenuEntry entry : menuEntries.of(authentication.getGrantedAuthorities())) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
    }
}
