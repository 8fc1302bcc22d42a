package org.paralelo.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.paralelo.base.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Base for view tests with Karibu-Testing: the real Spring context and services, a mocked browser. Tests sign a
 * person in by hand and navigate like a user would.
 */
@ParaleloSpringTest
public abstract class KaribuTest {

    private static final Locale ORIGINAL_LOCALE = Locale.getDefault();
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.paralelo");
        // Karibu's own error routes throw; removing them lets the application's localised error pages render.
        routes.getErrorRoutes().removeIf(route -> route.getName().startsWith("com.github.mvysny"));
    }

    @BeforeEach
    void startVaadin() {
        // The mocked browser asks for Spanish (Mexico), like most of Paralelo's users.
        Locale.setDefault(Languages.SPANISH);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        useLanguage(Languages.SPANISH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        Locale.setDefault(ORIGINAL_LOCALE);
    }

    protected static void useLanguage(Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** Signs a person in for both Spring Security and Vaadin's view access checks. */
    protected static void signIn(String username, String... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        User principal = new User(username, "unused", authorities);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> Arrays.asList(roles).contains(role));
    }

    /** The browser title of the page at {@code path}, after navigating there. */
    protected static String titleAt(String path) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle();
    }
}
