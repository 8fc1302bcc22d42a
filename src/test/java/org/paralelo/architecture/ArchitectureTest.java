package org.paralelo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Rules the compiler cannot check: screens and web endpoints reach data only through services; only people
 * (and the system task below it) knows how Spring Security stores who is calling; one class owns the index writer.
 */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.paralelo");

    @Test
    void views_and_web_endpoints_never_use_repositories_or_the_entity_manager() {
        noClasses().that().areAssignableTo(Component.class).or().resideInAnyPackage("..ui..", "..web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    @Test
    void views_and_web_endpoints_never_touch_entities() {
        noClasses().that().resideInAnyPackage("..ui..", "..web..")
                .should().dependOnClassesThat().resideInAPackage("org.paralelo..domain..")
                .check(classes);
    }

    @Test
    void services_never_depend_on_views() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAnyPackage("org.paralelo..ui..", "org.paralelo..web..")
                .check(classes);
    }

    @Test
    void only_the_lucene_index_touches_the_index_writer() {
        noClasses().that().haveNameNotMatching("org\\.paralelo\\.search\\.LuceneIndex(\\$.*)?")
                .should().dependOnClassesThat().areAssignableTo(IndexWriter.class)
                .check(classes);
    }

    @Test
    void only_people_and_the_system_task_read_the_security_context() {
        noClasses().that().resideOutsideOfPackage("org.paralelo.people..")
                .and().doNotHaveFullyQualifiedName("org.paralelo.base.SystemTask")
                .should().dependOnClassesThat().areAssignableTo(SecurityContextHolder.class)
                .because("people.Caller answers who is calling")
                .check(classes);
    }

    @Test
    void only_role_and_the_system_task_write_role_authorities() throws IOException {
        List<Path> allowed = List.of(Path.of("src/main/java/org/paralelo/people/Role.java"),
                Path.of("src/main/java/org/paralelo/base/SystemTask.java"));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> writers = sources.filter(p -> p.toString().endsWith(".java")).filter(p -> !allowed.contains(p))
                    .filter(p -> read(p).contains("\"ROLE_")).toList();
            assertThat(writers).as("files writing \"ROLE_\" (use Role.authority() or people.Caller)").isEmpty();
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
