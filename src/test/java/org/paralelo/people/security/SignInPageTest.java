package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.support.HtmlSafety;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in page served without Vaadin's client: its bytes, headers, languages and every message it shows. */
@ParaleloSpringTest
class SignInPageTest {

    @Autowired
    WebApplicationContext web;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void the_page_is_small_plain_html_with_the_csrf_token_and_no_script_under_the_strict_policy() throws Exception {
        MockHttpServletResponse response = fetch(get("/login"));
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsByteArray().length).as("bytes of the page").isLessThan(4096);
        assertThat(page.select("script")).as("scripts on the page").isEmpty();
        assertThat(page.getAllElements()).as("inline event handlers").allSatisfy(element ->
                assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(page.select("[style]")).as("inline styles").isEmpty();
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "form-action 'self'", "object-src 'none'")
                .doesNotContain("'unsafe-inline' 'unsafe-eval'").contains("script-src 'self' 'nonce-");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");

        String token = page.selectFirst("form input[type=hidden][name=_csrf]").attr("value");
        assertThat(token).isNotBlank().isEqualTo(page.selectFirst("meta[name=_csrf]").attr("content"));
        assertThat(page.selectFirst("form").attr("method")).isEqualTo("post");
        assertThat(page.selectFirst("form").attr("action")).isEqualTo("login");
        System.out.printf("[scale] light sign-in page: %,d bytes of HTML%n", response.getContentAsByteArray().length);
    }

    @Test
    void the_page_is_accessible_labelled_fields_a_language_a_main_landmark_and_focus_on_the_first_field()
            throws Exception {
        Document page = page(get("/login"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es-MX");
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Inicia sesión");
        assertThat(page.title()).isEqualTo("Inicia sesión · Paralelo");
        assertThat(page.selectFirst("label[for=username]").text()).isEqualTo("Usuario o correo electrónico");
        assertThat(page.selectFirst("label[for=password]").text()).isEqualTo("Contraseña");
        assertThat(page.selectFirst("#username").hasAttr("autofocus")).isTrue();
        assertThat(page.selectFirst("#username").attr("autocomplete")).isEqualTo("username");
        assertThat(page.selectFirst("#password").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.selectFirst("nav").attr("aria-label")).isEqualTo("Idioma");
        assertThat(page.selectFirst("#forgot-link").attr("href")).isEqualTo("contrasena/olvide");
        assertThat(page.selectFirst("#forgot-link").text()).isEqualTo("¿Olvidaste tu contraseña?");
        assertThat(page.selectFirst("#register-link").attr("href")).isEqualTo("registro");
        assertThat(page.select("#sign-in-error, #sign-in-notice")).isEmpty();
    }

    @Test
    void the_language_follows_the_browser_and_a_pick_holds_for_the_session() throws Exception {
        assertThat(page(get("/login").header("Accept-Language", "en-US,en;q=0.9")).selectFirst("h1").text())
                .isEqualTo("Sign in");
        assertThat(page(get("/login").header("Accept-Language", "fr-FR, en;q=0.5")).selectFirst("html")
                .attr("lang")).isEqualTo("en");
        assertThat(page(get("/login").header("Accept-Language", "de")).selectFirst("h1").text())
                .isEqualTo("Inicia sesión");

        MockHttpSession session = new MockHttpSession();
        Document english = page(get("/login").param("lang", "en").session(session));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("nav a[aria-current]").text()).isEqualTo("English");
        assertThat(page(get("/login").session(session).header("Accept-Language", "es-MX")).selectFirst("h1").text())
                .isEqualTo("Sign in");
        assertThat(session.getAttribute(SignInPage.LANGUAGE)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_wrong_password_shows_the_generic_error_tied_to_both_fields_in_both_languages() throws Exception {
        Document spanish = page(get("/login").param("error", ""));
        assertThat(spanish.selectFirst("#sign-in-error[role=alert]").text())
                .isEqualTo("No pudimos iniciar tu sesión Revisa tu usuario o correo y tu contraseña e inténtalo de nuevo.");
        assertThat(spanish.selectFirst("#username").attr("aria-describedby")).isEqualTo("sign-in-error");
        assertThat(spanish.selectFirst("#password").attr("aria-describedby")).isEqualTo("sign-in-error");
        assertThat(spanish.selectFirst("#username").attr("aria-invalid")).isEqualTo("true");

        assertThat(english(get("/login").param("error", "")).selectFirst("#sign-in-error").text())
                .isEqualTo("We could not sign you in Check your username or e-mail and your password, then try again.");
    }

    @Test
    void a_throttled_sign_in_shows_how_long_to_wait_in_seconds_or_minutes_in_both_languages() throws Exception {
        assertThat(page(throttled(30)).selectFirst("#sign-in-error").text()).isEqualTo("Demasiados intentos "
                + "Hubo varios intentos fallidos desde aquí. Espera 30 segundos antes de volver a intentarlo.");
        assertThat(english(throttled(600)).selectFirst("#sign-in-error").text()).isEqualTo("Too many attempts "
                + "There were several failed attempts from here. Please wait 10 minutes before trying again.");
    }

    @Test
    void the_notices_after_signing_out_an_expired_session_activation_reset_and_registration_in_both_languages()
            throws Exception {
        assertThat(notice("logout", "", false)).isEqualTo("Cerraste tu sesión.");
        assertThat(notice("logout", "", true)).isEqualTo("You have signed out.");
        assertThat(notice("expired", "", false)).isEqualTo("Tu sesión terminó. Vuelve a iniciar sesión.");
        assertThat(notice("expired", "", true)).isEqualTo("Your session ended. Please sign in again.");
        assertThat(notice("done", "activation", false))
                .isEqualTo("Listo: tu cuenta está activa. Ya puedes entrar con tu usuario y tu contraseña.");
        assertThat(notice("done", "activation", true))
                .isEqualTo("Done: your account is active. You can sign in with your username and password now.");
        assertThat(notice("done", "password-reset", false))
                .isEqualTo("Listo: tu contraseña cambió. Ya puedes entrar con ella.");
        assertThat(notice("done", "password-reset", true))
                .isEqualTo("Done: your password has changed. You can sign in with it now.");
        assertThat(notice("done", "register", false)).isEqualTo("Tu cuenta está lista. Inicia sesión.");
        assertThat(notice("done", "register", true)).isEqualTo("Your account is ready. Please sign in.");
        assertThat(page(get("/login").param("done", "search.admin")).select("#sign-in-notice"))
                .as("a notice key the server did not choose").isEmpty();
    }

    @Test
    void hostile_parameters_never_reach_the_page_which_keeps_its_shape() throws Exception {
        int elements = page(get("/login").param("error", "").param("logout", "")).getAllElements().size();
        for (String payload : HtmlSafety.payloads()) {
            String html = fetch(get("/login").param("done", payload).param("lang", payload).param("error", payload)
                    .param("logout", payload)).getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(html).as("page with %s", payload).doesNotContain(payload);
            assertThat(page.select("script, iframe, object, embed, svg, style, base")).as(payload).isEmpty();
            assertThat(page.getAllElements()).as("elements with %s", payload).hasSize(elements);
        }
    }

    private MockHttpServletRequestBuilder throttled(long seconds) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(Duration.ofSeconds(seconds)));
        return get("/login").param("error", "").session(session);
    }

    private String notice(String parameter, String value, boolean inEnglish) throws Exception {
        // In the address, as the browser sends it: form login alone would permit only "/login" and "/login?error".
        MockHttpServletRequestBuilder request = get("/login?" + parameter + "=" + value);
        return (inEnglish ? english(request) : page(request)).selectFirst("#sign-in-notice[role=status]").text();
    }

    private Document english(MockHttpServletRequestBuilder request) throws Exception {
        return page(request.header("Accept-Language", "en"));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(fetch(request).getContentAsString());
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
