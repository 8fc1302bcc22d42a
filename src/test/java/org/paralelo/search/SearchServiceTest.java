package org.paralelo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paralelo.courses.CourseAuthoringService;
import org.paralelo.courses.CourseDetails;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.Courses;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ParaleloSpringTest
class SearchServiceTest {

    static final String[] LEARNER = {"LEARNER"};

    @Autowired
    SearchService search;
    @Autowired
    ChangeFollower indexer;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    PublishingService publishing;
    @Autowired
    AccountService accounts;
    @Autowired
    IndexAdminService indexAdmin;
    @Autowired
    SynonymService synonyms;

    String trainer;
    String learner;

    @BeforeEach
    void people() {
        trainer = People.uniqueUsername("buscadora");
        People.create(accounts, trainer, Role.TRAINER);
        learner = People.uniqueUsername("aprendiz");
        People.create(accounts, learner, Role.LEARNER);
    }

    @Test
    void a_published_lesson_is_found_without_accents_and_in_the_singular() {
        CourseId course = course("Gestión de derechos", "## Gestión colectiva\n\nLos derechos de autor protegen la "
                + "obra de cada artista zumbadorcito.");
        publish(course);

        SearchResults found = asLearner("gestion derecho de autor zumbadorcito");
        assertThat(found.hits().getFirst().courseId()).as("every word present ranks first").isEqualTo(course.value());
        SearchHit hit = found.hits().getFirst();
        assertThat(hit.breadcrumb()).containsExactly("Gestión de derechos", "Módulo 1", "Lección buscable");
        assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>zumbadorcito</mark>"));
        assertThat(hit.path()).isEqualTo("cursos/" + course.value() + "/lecciones/" + lessonKey(course));
        assertThat(asLearner("GESTIÓN zumbadorcito").hits().getFirst().courseId()).isEqualTo(course.value());
        assertThat(asLearner("\"derecho de autor\" zumbadorcito").hits())
                .anyMatch(h -> h.courseId() == course.value());
    }

    @Test
    void synonyms_find_the_other_wording() {
        publish(course("Mercadotecnia cultural", "La mercadotecnia de festivales pajarillo."));
        assertThat(asLearner("marketing pajarillo").total()).isPositive();
    }

    @Test
    void canary_a_secret_in_a_draft_or_an_unreadable_course_leaks_nothing() {
        CourseId published = course("Curso visible", "Contenido público ornitorrinco.");
        publish(published);
        // The secret goes into the draft after publishing, and into a course that was never published.
        As.user(trainer, Courses.TRAINER, () -> authoring.saveLesson(published, lessonKey(published),
                "Contenido público ornitorrinco. Palabra xilofonazo secreta.",
                authoring.lesson(published, lessonKey(published)).version()));
        CourseId hidden = course("Curso oculto", "Solo xilofonazo aquí.");
        indexer.awaitIdle();

        // Misspellings next to a visible word: a suggestion must never correct the hidden half.
        for (String query : List.of("xilofonazo", "xilofonazo*", "xilofonaso", "\"palabra xilofonazo\"",
                "ornitorrinco xilofonazo", "ornitorrinco OR xilofonazo", "xilofonaso OR ornitorrinko",
                "ornitorrinko -xilofonaso", "ornitorrinko OR xilofonaso*")) {
            SearchResults results = asLearner(query);
            assertThat(results.hits()).as(query).allSatisfy(hit -> {
                assertThat(hit.snippets()).noneMatch(s -> s.toLowerCase().contains("xilofonazo"));
                assertThat(hit.courseId()).isNotEqualTo(hidden.value());
            });
            assertThat(results.facets().getOrDefault(SearchResults.COURSE, List.of()))
                    .noneMatch(f -> f.value().equals(Long.toString(hidden.value())));
            assertThat(String.valueOf(results.suggestion())).doesNotContain("xilofonazo");
        }
        assertThat(asLearner("xilofonazo").total()).isZero();
        assertThat(asLearner("xilofonaso").suggestion()).isNull();
        assertThat(asLearner("ornitorrinco OR xilofonazo").total()).isEqualTo(1);

        // The trainer sees the drafts of their own courses; an admin sees everything.
        assertThat(As.user(trainer, Courses.TRAINER, () -> search.search(SearchRequest.of("xilofonazo"))).total())
                .isEqualTo(2);
        assertThat(As.admin(() -> search.search(SearchRequest.of("xilofonazo"))).total()).isEqualTo(2);
        String other = People.uniqueUsername("otra");
        People.create(accounts, other, Role.TRAINER);
        assertThat(As.user(other, Courses.TRAINER, () -> search.search(SearchRequest.of("xilofonazo"))).total())
                .isZero();
    }

    @Test
    void a_prefix_finds_the_word_it_spells_out_and_its_longer_forms() {
        publish(course("Prefijos", "La cultura comunitaria y las políticas culturales del municipio tlacuachito zqlacuachito."));

        for (String query : List.of("cultura* tlacuachito", "cultur* tlacuachito", "politica* tlacuachito",
                "POLÍTICA* tlacuachito", "comunitari* tlacuachito", "zqlacuach*")) {
            assertThat(asLearner(query).total()).as(query).isEqualTo(1);
        }
        assertThat(asLearner("culturas* zzz*").total()).isZero();
    }

    @Test
    void exclusion_leaves_out_documents_with_the_word() {
        publish(course("Con ambos", "Un ajolotito y un teatro."));
        publish(course("Con uno", "Un ajolotito sin más."));

        assertThat(asLearner("ajolotito").total()).isEqualTo(2);
        assertThat(asLearner("ajolotito -teatro").hits()).singleElement()
                .satisfies(hit -> assertThat(hit.breadcrumb()).first().isEqualTo("Con uno"));
        assertThat(asLearner("ajolotito NOT teatro").total()).isEqualTo(1);
    }

    @Test
    void english_content_is_stemmed_in_english_and_counted_under_its_language() {
        CourseId course = As.user(trainer, Courses.TRAINER, () -> {
            CourseId c = authoring.createCourse(new CourseDetails("Cultural policy", "A course in English.", "en",
                    4, Set.of("politica-cultural"), null));
            String module = authoring.addModule(c, "Module 1", "Objectives");
            String key = authoring.addItem(c, module, ItemKind.LESSON, "Funding", true);
            authoring.saveLesson(c, key, "Municipal policies fund the wombatish festivals.",
                    authoring.lesson(c, key).version());
            return c;
        });
        publish(course);

        assertThat(asLearner("policy festival wombatish").hits().getFirst().courseId()).isEqualTo(course.value());
        SearchResults found = asLearner("wombatish");
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.hits().getFirst().language()).isEqualTo("en");
        assertThat(found.facets().get(SearchResults.LANGUAGE)).containsExactly(
                new SearchResults.FacetCount("en", "en", 1));
        assertThat(found.facets().get(SearchResults.TOPIC)).extracting(SearchResults.FacetCount::value,
                SearchResults.FacetCount::count).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "politica-cultural", 1));
    }

    @Test
    void results_come_in_pages_of_ten_with_the_total_and_facets_of_all_pages() {
        CourseId course = As.user(trainer, Courses.TRAINER, () -> {
            CourseId c = authoring.createCourse(Courses.details("Muchas lecciones"));
            String module = authoring.addModule(c, "Módulo 1", "Objetivos");
            for (int i = 1; i <= 12; i++) {
                String key = authoring.addItem(c, module, ItemKind.LESSON, "Lección " + i, true);
                authoring.saveLesson(c, key, "Texto " + i + " sobre el quetzalito.", authoring.lesson(c, key).version());
            }
            return c;
        });
        publish(course);

        SearchResults first = asLearner("quetzalito");
        SearchResults second = As.user(learner, LEARNER, () -> search.search(
                new SearchRequest("quetzalito", null, null, null, null, 1, null)));

        assertThat(first.total()).isEqualTo(12);
        assertThat(first.hits()).hasSize(10);
        assertThat(second.total()).isEqualTo(12);
        assertThat(second.hits()).hasSize(2);
        assertThat(second.hits()).extracting(SearchHit::id).doesNotContainAnyElementsOf(
                first.hits().stream().map(SearchHit::id).toList());
        assertThat(first.pages()).isEqualTo(2);
        assertThat(second.facets().get(SearchResults.TYPE)).containsExactly(
                new SearchResults.FacetCount("lesson", "lesson", 12));
        assertThat(second.facets().get(SearchResults.COURSE)).containsExactly(
                new SearchResults.FacetCount(Long.toString(course.value()), "Muchas lecciones", 12));
    }

    @Test
    void an_admin_rebuilds_the_index_with_progress_and_search_finds_the_same_afterwards() {
        publish(course("Reconstruida", "Texto del guajolotito."));
        assertThat(asLearner("guajolotito").total()).isEqualTo(1);

        IndexAdminService.RebuildStatus started = As.admin(() -> indexAdmin.rebuild());
        indexer.awaitIdle();
        IndexAdminService.RebuildStatus finished = As.admin(() -> indexAdmin.status());

        assertThat(started.running() || started.done() == started.total()).isTrue();
        assertThat(finished.running()).isFalse();
        assertThat(finished.problem()).isEmpty();
        assertThat(finished.total()).isPositive().isEqualTo(finished.done());
        assertThat(finished.documents()).isPositive();
        assertThat(asLearner("guajolotito").total()).isEqualTo(1);
        assertThatThrownBy(() -> As.user(trainer, Courses.TRAINER, () -> indexAdmin.rebuild()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edited_synonym_list_applies_to_the_next_search_without_reindexing() {
        publish(course("Sinónimos", "La trajinera del festival colibrito."));
        // All words must match to tell a synonym from a typo correction or a best-effort match of "colibrito".
        assertThat(asLearner("+chalupa +colibrito").total()).isZero();
        SynonymService.Synonyms list = As.admin(() -> synonyms.synonyms());

        As.admin(() -> synonyms.save(list.lines() + "\ntrajinera, chalupa\n", list.version()));

        assertThat(asLearner("+chalupa +colibrito").total()).isEqualTo(1);
        SynonymService.Synonyms saved = As.admin(() -> synonyms.synonyms());
        As.admin(() -> synonyms.save(list.lines(), saved.version()));
        assertThat(asLearner("+chalupa +colibrito").total()).isZero();
    }

    @Test
    void unpublishing_removes_the_course_from_learners_results() {
        CourseId course = course("Retirado", "Texto del curso mapachito.");
        publish(course);
        assertThat(asLearner("mapachito").total()).isEqualTo(1);
        As.user(trainer, Courses.TRAINER, () -> publishing.unpublish(course));
        indexer.awaitIdle();
        assertThat(asLearner("mapachito").total()).isZero();
    }

    @Test
    void a_misspelt_query_shows_the_results_for_the_correction_and_the_exact_words_get_a_suggestion() {
        publish(course("Presupuestos", "El presupuesto participativo quetzalcoatl."));
        SearchResults corrected = asLearner("quetzalcoalt");
        assertThat(corrected.showingFor()).isEqualTo("quetzalcoatl");
        assertThat(corrected.total()).isEqualTo(1);
        assertThat(corrected.suggestion()).isNull();

        SearchResults exact = As.user(learner, LEARNER,
                () -> search.search(SearchRequest.of("quetzalcoalt").exactWords()));
        assertThat(exact.total()).isZero();
        assertThat(exact.showingFor()).isNull();
        assertThat(exact.suggestion()).isEqualTo("quetzalcoatl");
    }

    @Test
    void a_word_that_finds_something_is_never_corrected_away_from_the_content() {
        publish(course("Presupuestar", "Cómo presupuestar un taller: el presupuesto participativo."));
        SearchResults results = asLearner("presupuestar");
        assertThat(results.total()).isPositive();
        assertThat(results.showingFor()).isNull();
        assertThat(results.suggestion()).isNull();
    }

    @Test
    void facets_count_type_and_course_and_filters_narrow() {
        CourseId course = course("Facetas", "Capibara en la lección.");
        publish(course);
        SearchResults all = asLearner("capibara");
        assertThat(all.facets().get(SearchResults.TYPE)).extracting(SearchResults.FacetCount::value)
                .contains("lesson");
        assertThat(all.facets().get(SearchResults.COURSE)).extracting(SearchResults.FacetCount::label)
                .contains("Facetas");
        SearchResults lessons = As.user(learner, LEARNER, () -> search.search(
                new SearchRequest("capibara", null, course.value(), ContentType.COURSE, null, 0, null)));
        assertThat(lessons.total()).isZero();
    }

    @Test
    void any_input_at_all_gives_results_or_nothing_but_never_an_error() {
        publish(course("Sintaxis", "Texto cualquiera."));
        List<String> hostile = List.of("", " ", "\"", "\"\"", "(", ")", "((((", "*", "**", "?", "a*", "*a",
                "title_es:x", "edition:draft", "course:1 OR edition:draft", "[a TO z]", "{a TO z}", "/.*/", "~",
                "a~2", "a^1000", "AND", "OR", "NOT", "-", "+", "!", "&&", "||", "\\", "\\\\", "a:b:c", "\u0000",
                "😀", "ñ*", "x".repeat(10_000), "(".repeat(5_000), "\"a".repeat(300), "a OR ".repeat(2_000),
                "-texto", "NOT texto", "<script>alert(1)</script>", "' OR 1=1 --");
        for (String query : hostile) {
            assertThatCode(() -> asLearner(query)).as(query).doesNotThrowAnyException();
        }
        Random random = new Random(42);
        String alphabet = "ab ñÁ\"()*?:^~[]{}/\\-+!&|OR AND NOT\t\n";
        for (int i = 0; i < 500; i++) {
            StringBuilder query = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> asLearner(query.toString())).as(query.toString()).doesNotThrowAnyException();
        }
        assertThat(asLearner("edition:draft").total()).isZero();
    }

    private SearchResults asLearner(String query) {
        return As.user(learner, LEARNER, () -> search.search(SearchRequest.of(query)));
    }

    private CourseId course(String title, String lesson) {
        return As.user(trainer, Courses.TRAINER, () -> {
            CourseId course = authoring.createCourse(Courses.details(title));
            String module = authoring.addModule(course, "Módulo 1", "Objetivos");
            String key = authoring.addItem(course, module, ItemKind.LESSON, "Lección buscable", true);
            authoring.saveLesson(course, key, lesson, authoring.lesson(course, key).version());
            return course;
        });
    }

    private String lessonKey(CourseId course) {
        return As.user(trainer, Courses.TRAINER, () -> authoring.draft(course)).modules().getFirst().items()
                .getFirst().key();
    }

    private void publish(CourseId course) {
        As.user(trainer, Courses.TRAINER, () -> publishing.publish(course));
        indexer.awaitIdle();
    }
}
