package org.paralelo.people.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.Languages;
import org.paralelo.base.Translations;
import org.paralelo.base.ui.StaticAssets;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the sign-in page: plain HTML, every text escaped, no script at all (the CSP needs no nonce for it), our
 * stylesheet plus a small one of its own, and after the form the hints that fetch Vaadin's bundle in the background.
 */
@Component
class SignInPageHtml {

    /** What one rendering shows. {@code noticeKey} is a message key chosen by the server, never by the visitor. */
    record Content(Locale locale, @Nullable CsrfToken csrf, @Nullable String noticeKey, boolean failed,
                   long throttledSeconds, boolean registrationOpen) {
    }

    private final Translations translations;
    private final VaadinBundlePrefetch prefetch;

    SignInPageHtml(Translations translations, VaadinBundlePrefetch prefetch) {
        this.translations = translations;
        this.prefetch = prefetch;
    }

    String render(Content content) {
        Text t = new Text(translations, content.locale());
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(Languages.tag(content.locale())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(t.get("login.title")).append(" · Paralelo</title>\n");
        if (content.csrf() != null) {
            page.append("<meta name=\"_csrf_parameter\" content=\"").append(escape(content.csrf().getParameterName()))
                    .append("\">\n<meta name=\"_csrf\" content=\"").append(escape(content.csrf().getToken()))
                    .append("\">\n");
        }
        page.append("<link rel=\"icon\" href=\"").append(StaticAssets.url("icons/favicon.svg")).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(StaticAssets.url("paralelo.css")).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(StaticAssets.url("sign-in.css")).append("\">\n")
                .append("</head>\n<body>\n<main class=\"login-page sign-in\">\n");
        languages(page, t, content.locale());
        page.append("<img class=\"login-logo\" src=\"").append(StaticAssets.url("icons/logo.svg"))
                .append("\" alt=\"\">\n<h1>").append(t.get("login.title")).append("</h1>\n");
        if (content.noticeKey() != null) {
            page.append("<p id=\"sign-in-notice\" class=\"sign-in-notice\" role=\"status\">")
                    .append(t.get(content.noticeKey())).append("</p>\n");
        }
        String describedBy = "";
        if (content.failed()) {
            describedBy = " aria-describedby=\"sign-in-error\" aria-invalid=\"true\"";
            page.append("<div id=\"sign-in-error\" class=\"sign-in-error\" role=\"alert\">\n<h2>")
                    .append(content.throttledSeconds() > 0 ? t.get("login.throttled.title") : t.get("login.error.title"))
                    .append("</h2>\n<p>").append(content.throttledSeconds() > 0 ? waitText(t, content.throttledSeconds())
                            : t.get("login.error.text")).append("</p>\n</div>\n");
        }
        page.append("<form method=\"post\" action=\"login\" class=\"sign-in-form\">\n");
        if (content.csrf() != null) {
            page.append("<input type=\"hidden\" name=\"").append(escape(content.csrf().getParameterName()))
                    .append("\" value=\"").append(escape(content.csrf().getToken())).append("\">\n");
        }
        page.append("<label for=\"username\">").append(t.get("login.username")).append("</label>\n")
                .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" ")
                .append("spellcheck=\"false\" required autofocus").append(describedBy).append(">\n")
                .append("<label for=\"password\">").append(t.get("login.password")).append("</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" ")
                .append("autocomplete=\"current-password\" required").append(describedBy).append(">\n")
                .append("<button type=\"submit\" id=\"sign-in\">").append(t.get("login.submit"))
                .append("</button>\n</form>\n")
                .append("<p><a id=\"forgot-link\" href=\"contrasena/olvide\">").append(t.get("login.forgot-link"))
                .append("</a></p>\n");
        if (content.registrationOpen()) {
            page.append("<p><a id=\"register-link\" href=\"registro\">").append(t.get("login.register-link"))
                    .append("</a></p>\n");
        }
        page.append("</main>\n");
        // After the form: the browser fetches these at idle priority once the page is usable.
        prefetch.files().forEach(file -> page.append("<link rel=\"prefetch\" href=\"").append(escape(file))
                .append("\" crossorigin>\n"));
        return page.append("</body>\n</html>\n").toString();
    }

    /** Plain links, not a script-driven select: each reloads this page in the other language. */
    private static void languages(StringBuilder page, Text t, Locale current) {
        page.append("<nav class=\"sign-in-languages\" aria-label=\"").append(t.get("language.choose"))
                .append("\">\n");
        for (Locale locale : Languages.SUPPORTED) {
            String tag = Languages.tag(locale);
            page.append("<a href=\"login?lang=").append(tag).append("\" lang=\"").append(tag).append("\" hreflang=\"")
                    .append(tag).append('"').append(locale.equals(current) ? " aria-current=\"true\"" : "")
                    .append(">").append(t.get("language." + locale.getLanguage())).append("</a>\n");
        }
        page.append("</nav>\n");
    }

    private static String waitText(Text t, long seconds) {
        return seconds < 90 ? t.get("login.throttled.seconds", seconds)
                : t.get("login.throttled.minutes", (seconds + 59) / 60);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Translated and escaped texts in one language. */
    private record Text(Translations translations, Locale locale) {
        String get(String key, Object... arguments) {
            return escape(translations.getTranslation(key, locale, arguments));
        }
    }
}
