package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/search through the real filter chains: Basic or session, 401 for anonymous, never a 5xx. */
@ParaleloSpringTest
class SearchApiTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    ChangeFollower indexer;

    MockMvc mvc;
    String learner;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        learner = People.uniqueUsername("api");
        People.create(accounts, learner, Role.LEARNER);
    }

    @Test
    void anonymous_calls_get_401_not_a_redirect() throws Exception {
        MockHttpServletResponse response = fetch(get("/api/search").param("q", "gestion"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getHeader("Location")).isNull();
    }

    @Test
    void wrong_basic_credentials_get_401() throws Exception {
        assertThat(fetch(get("/api/search").param("q", "x").with(httpBasic(learner, "mala-clave"))).getStatus())
                .isEqualTo(401);
    }

    @Test
    void basic_auth_searches_with_the_callers_permissions() throws Exception {
        String trainer = People.uniqueUsername("api-docente");
        People.create(accounts, trainer, Role.TRAINER);
        CourseId course = Courses.withOneLesson(authoring, trainer, "Curso de la API");
        As.user(trainer, Courses.TRAINER, () -> authoring.saveLesson(course,
                authoring.draft(course).modules().getFirst().items().getFirst().key(), "El armadillo de la API.",
                authoring.lesson(course, authoring.draft(course).modules().getFirst().items().getFirst().key())
                        .version()));
        indexer.awaitIdle();
        MockHttpServletResponse draft = fetch(get("/api/search").param("q", "armadillo")
                .with(httpBasic(learner, People.PASSWORD)));
        assertThat(draft.getStatus()).isEqualTo(200);
        assertThat(draft.getContentAsString()).contains("\"total\":0");
        assertThat(draft.getCookie("SESSION")).isNull();

        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        indexer.awaitIdle();
        MockHttpServletResponse published = fetch(get("/api/search").param("q", "armadillo")
                .with(httpBasic(learner, People.PASSWORD)));
        assertThat(published.getContentAsString()).contains("\"total\":1").contains("<mark>armadillo</mark>")
                .contains("\"path\":\"cursos/" + course.value());
    }

    @Test
    void a_signed_in_session_works_too() throws Exception {
        MockHttpServletResponse response = fetch(get("/api/search").param("q", "gestion")
                .with(user(learner).roles("LEARNER")));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
    }

    @Test
    void hostile_parameters_never_give_a_server_error() throws Exception {
        for (String q : List.of("\"", "((((", "*", "title_es:x", "[a TO z]", "/.*/", "a".repeat(20_000), "\\")) {
            MockHttpServletResponse response = fetch(get("/api/search").param("q", q).param("page", "zz")
                    .param("course", "-1x").param("type", "<script>").with(httpBasic(learner, People.PASSWORD)));
            assertThat(response.getStatus()).as(q).isEqualTo(200);
        }
    }

    @Test
    void a_post_with_a_session_but_without_csrf_token_is_refused() throws Exception {
        assertThat(fetch(post("/api/search").with(user(learner).roles("LEARNER"))).getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse fetch(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
