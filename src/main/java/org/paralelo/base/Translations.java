package org.paralelo.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from the same message bundles as everything else. */
@Component
public class Translations implements I18NProvider {

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Languages.supported(locale));
        } catch (NoSuchMessageException missing) {
            // A missing key is a bug the bundle test catches; show the key rather than break the page.
            return "!" + key;
        }
    }

    public String translate(UserFacingException problem, Locale locale) {
        return getTranslation(problem.messageKey(), locale, problem.arguments());
    }
}
