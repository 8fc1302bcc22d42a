package org.paralelo.people;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to the sign-in page from Vaadin views. The page is served without Vaadin's client, so the browser must load
 * it as a page: Vaadin's router would look for a view of that name and find none.
 */
public final class SignInLinks {

    /** The sign-in page's address, relative to the app's root. */
    public static final String PATH = "login";

    private SignInLinks() {
    }

    public static Anchor anchor(String text) {
        Anchor link = new Anchor(PATH, text);
        link.setRouterIgnore(true);
        return link;
    }
}
