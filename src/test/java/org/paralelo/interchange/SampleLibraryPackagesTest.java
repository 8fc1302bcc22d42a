package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.paralelo.assessment.QuestionBody.ShortAnswer;

/** Every course of the sample library is a valid package that meets the minimums. */
class SampleLibraryPackagesTest {

    static final java.util.List<String> COURSES = SampleLibrary.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("COURSES")
    void each_sample_folder_reads_without_errors(String code) {
        PackageRead read = PackageReader.read(PackageFiles.fromFolder(Path.of("content-samples", code),
                PackageLimits.defaults()));

        assertThat(read.errors()).isEmpty();
        // Partial credit (the cultural-policy quizzes use =%50% and =%0% short answers) is read, not left out.
        assertThat(read.warnings()).isEmpty();
        assertThat(read.coursePackage().code()).isEqualTo(code);
    }

    @Test
    void the_cultural_policy_short_answers_keep_their_partial_and_zero_credits() {
        CoursePackage pkg = PackageReader.read(SampleLibrary.files("cultural-policy")).coursePackage();
        List<ShortAnswer.Accepted> answers = pkg.modules().stream().flatMap(m -> m.items().stream())
                .flatMap(i -> i.questions().stream()).map(q -> q.question().body())
                .filter(ShortAnswer.class::isInstance).flatMap(b -> ((ShortAnswer) b).answers().stream()).toList();

        assertThat(answers).filteredOn(a -> a.text().equals("ayuntamiento")).singleElement()
                .satisfies(a -> assertThat(a.credit()).isEqualByComparingTo("50"));
        assertThat(answers).filteredOn(a -> a.text().equals("patronage")).singleElement()
                .satisfies(a -> {
                    assertThat(a.credit()).isEqualByComparingTo("0");
                    assertThat(a.feedback()).startsWith("Not quite.");
                });
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("COURSES")
    void the_classpath_copy_is_the_same_package_as_the_folder(String code) {
        PackageFiles folder = PackageFiles.fromFolder(Path.of("content-samples", code), PackageLimits.defaults());
        PackageFiles classpath = SampleLibrary.files(code);

        assertThat(classpath.paths()).containsAll(folder.paths().stream()
                .filter(p -> !p.startsWith("media-src/")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("COURSES")
    void full_courses_have_three_modules_ten_lessons_a_pdf_a_docx_and_several_question_types(String code) {
        CoursePackage pkg = PackageReader.read(SampleLibrary.files(code)).coursePackage();
        if (code.equals("bienvenida")) {
            assertThat(pkg.lessonCount()).isGreaterThanOrEqualTo(3);
            return;
        }
        assertThat(pkg.modules()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pkg.lessonCount()).isGreaterThanOrEqualTo(10);
        assertThat(pkg.media().keySet()).anyMatch(p -> p.endsWith(".pdf")).anyMatch(p -> p.endsWith(".docx"));
        assertThat(pkg.modules().stream().flatMap(m -> m.items().stream()).flatMap(i -> i.questions().stream())
                .map(q -> q.question().type()).distinct()).hasSizeGreaterThanOrEqualTo(3);
    }
}
