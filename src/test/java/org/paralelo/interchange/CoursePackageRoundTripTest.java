package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample course survives the round trip: imported (under a fresh code), exported, imported again as an update
 * of the same course, exported again: both exports hold exactly the same files, and the published version exports
 * the same as the draft it was published from.
 */
@ParaleloSpringTest
@Tag("persistence")
class CoursePackageRoundTripTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    CoursePackageExporter exporter;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bienvenida", "gestion-empresarial", "mercadotecnia", "asuntos-juridicos",
            "habilidades-organizativas", "cultural-policy"})
    void export_import_export_gives_the_same_package(String sample) {
        String trainer = People.uniqueUsername("formadora");
        People.create(accounts, trainer, Role.TRAINER);
        String code = People.uniqueUsername(sample + "-rt").toLowerCase();
        Map<String, byte[]> source = new TreeMap<>(SampleLibrary.files(sample).asMap());
        String manifest = new String(source.get("course.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^code: .*$", "code: " + code);
        source.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));

        CourseId course = As.user(trainer, new String[] {"TRAINER"}, () -> {
            ImportReport created = packages.importPackage(PackageFiles.of(source), ImportOptions.published());
            assertThat(created.action()).isEqualTo(ImportReport.CREATE);
            assertThat(created.published()).isTrue();
            return new CourseId(created.courseId());
        });
        Map<String, byte[]> first = As.user(trainer, new String[] {"TRAINER"}, () -> exporter.files(course, null));
        Map<String, byte[]> published = As.user(trainer, new String[] {"TRAINER"}, () -> exporter.files(course, 1));
        Map<String, byte[]> again = As.user(trainer, new String[] {"TRAINER"}, () -> {
            ImportReport updated = packages.importPackage(PackageFiles.of(first), ImportOptions.asDraft());
            assertThat(updated.action()).isEqualTo(ImportReport.UPDATE);
            assertThat(updated.courseId()).isEqualTo(course.value());
            return exporter.files(course, null);
        });

        assertThat(texts(again)).isEqualTo(texts(first));
        assertThat(texts(published)).isEqualTo(texts(first));
        PackageRead read = PackageReader.read(PackageFiles.of(source));
        PackageRead exported = PackageReader.read(PackageFiles.of(first));
        assertThat(exported.errors()).isEmpty();
        assertThat(exported.coursePackage().lessonCount()).isEqualTo(read.coursePackage().lessonCount());
        assertThat(exported.coursePackage().questionCount()).isEqualTo(read.coursePackage().questionCount());
        assertThat(exported.coursePackage().media()).hasSameSizeAs(read.coursePackage().media());
    }

    /** Files as text (binary media as their size and hash) so a difference shows readably. */
    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, bytes) -> texts.put(path, path.startsWith("media/")
                ? bytes.length + " bytes, hash " + java.util.Arrays.hashCode(bytes)
                : new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }
}
