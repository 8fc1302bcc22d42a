package org.paralelo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.paralelo.base.LanguagePreference;
import org.paralelo.base.Languages;

/**
 * Header control that switches between Spanish and English. The choice holds for the browser session and, for a
 * signed-in person, is saved to the profile. The page reloads so every text is rendered again in the new language.
 */
public class LanguageSwitcher extends Select<Locale> {

    private static final String CHOSEN = "paralelo.language-chosen";

    public LanguageSwitcher(LanguagePreference preference) {
        setId("language-switcher");
        addClassName("language-switcher");
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.choose"));
        setValue(Languages.supported(currentLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue(), preference);
            }
        });
    }

    private static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.SPANISH : ui.getLocale();
    }

    /**
     * The language the person picked with a switcher in this session; empty when the interface language only
     * comes from the browser, which is no choice (a Spanish speaker's browser may well say English).
     */
    public static Optional<Locale> chosen() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(CHOSEN));
    }

    private void switchTo(Locale locale, LanguagePreference preference) {
        VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
        VaadinSession.getCurrent().setLocale(locale);
        preference.saveCurrentUserLanguage(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
