package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole library loads published, with quizzes and attachments, and loading it again adds nothing. Other tests
 * may call {@link SampleLibrary#load} as a fixture: it is idempotent.
 */
@ParaleloSpringTest
@Tag("persistence")
class SampleLibraryTest {

    @Autowired
    SampleLibrary library;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    CourseImportService imports;
    @Autowired
    QuestionBankService bank;

    @Test
    void the_whole_library_loads_published_once_and_a_second_load_adds_nothing() {
        library.load(SampleLibrary.ALL);
        int second = library.load(SampleLibrary.ALL);

        assertThat(second).isZero();
        for (String code : SampleLibrary.ALL) {
            CourseId id = As.admin(() -> imports.findByCode(code)).orElseThrow();
            assertThat(As.admin(() -> catalogue.published(id))).as(code).isPresent();
            assertThat(As.admin(() -> bank.allQuestions(id))).as(code).isNotEmpty();
        }
        assertThat(As.admin(() -> catalogue.publishedCourses())).extracting(CourseCard::title)
                .contains("Bienvenida a Paralelo: cómo aprender en la plataforma",
                        "Gestión empresarial para emprendimientos culturales");
    }
}
