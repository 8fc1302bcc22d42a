package org.paralelo.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonId;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in form as the browser posts it, through the real security filter chain. */
@ParaleloSpringTest
@Tag("persistence")
class SignInOverHttpTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordCheck passwordCheck;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void the_unknown_account_hash_is_made_when_the_application_is_ready_before_any_sign_in_arrives() {
        assertThat(passwordCheck.prepared()).isTrue();
    }

    @Test
    void signing_in_gives_the_session_a_new_id() throws Exception {
        String username = People.uniqueUsername("sesion");
        People.create(accounts, username, Role.LEARNER);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", username).param("password", People.PASSWORD)
                .with(request -> { request.setRemoteAddr("198.51.100.20"); return request; })).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void posting_the_login_form_without_its_csrf_token_signs_nobody_in() throws Exception {
        String username = People.uniqueUsername("forzada");
        People.create(accounts, username, Role.LEARNER);

        MvcResult result = mvc.perform(post("/login")
                .param("username", username).param("password", People.PASSWORD)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getRequest().getSession(false) == null ? null
                : result.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }

    @Test
    void disabling_an_account_ends_the_sessions_it_already_has() throws Exception {
        String username = People.uniqueUsername("saliente");
        PersonId id = People.create(accounts, username, Role.LEARNER);
        MvcResult signedIn = mvc.perform(post("/login").with(csrf())
                .param("username", username).param("password", People.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(mvc.perform(get("/actuator/health").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        long version = As.admin(() -> accounts.find(id)).orElseThrow().version();
        As.admin(() -> accounts.setEnabled(id, false, version));

        MvcResult after = mvc.perform(get("/actuator/health").session(session)).andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login?expired");
    }

    @Test
    void changing_someones_roles_ends_their_sessions_so_the_new_roles_apply_at_once() throws Exception {
        String username = People.uniqueUsername("ascendida");
        PersonId id = People.create(accounts, username, Role.LEARNER);
        MvcResult signedIn = mvc.perform(post("/login").with(csrf())
                .param("username", username).param("password", People.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        long version = As.admin(() -> accounts.find(id)).orElseThrow().version();
        As.admin(() -> accounts.setRoles(id, Set.of(Role.LEARNER, Role.TRAINER), version));

        MvcResult after = mvc.perform(get("/actuator/health").session(session)).andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login?expired");
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_a_generic_error() throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf())
                .param("username", "nadie-" + People.uniqueUsername("x")).param("password", "lo-que-sea-123"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?error");
    }

    @Test
    void the_health_endpoint_is_public_and_pages_need_a_session() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
                .contains("\"status\":\"UP\"");
        assertThat(mvc.perform(get("/admin/personas")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }

    @Test
    void the_api_answers_a_throttled_basic_sign_in_with_429_and_retry_after() throws Exception {
        String username = People.uniqueUsername("guion");
        People.create(accounts, username, Role.TRAINER);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(apiCall(username, "adivina").getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse slowed = apiCall(username, People.PASSWORD);

        assertThat(slowed.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(slowed.getHeader("Retry-After"))).isBetween(1L, 30L);
        assertThat(slowed.getHeader("WWW-Authenticate")).isNull();
        assertThat(slowed.getContentAsString()).contains("too-many-attempts");
    }

    private MockHttpServletResponse apiCall(String username, String password) throws Exception {
        return mvc.perform(get("/api/search").param("q", "x").with(httpBasic(username, password))
                .with(request -> { request.setRemoteAddr("198.51.100.44"); return request; })).andReturn().getResponse();
    }

    @Test
    void responses_forbid_content_sniffing() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getHeader("X-Content-Type-Options"))
                .isEqualTo("nosniff");
    }
}
