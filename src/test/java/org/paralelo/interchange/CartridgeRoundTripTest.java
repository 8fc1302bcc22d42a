package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionType;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** A published version exported as IMS Common Cartridge 1.3 comes back in through the cartridge import. */
@ParaleloSpringTest
@Tag("persistence")
class CartridgeRoundTripTest {

    static final String QUIZ = """
            $CATEGORY: prueba

            ::VF::¿La casa de cultura abre en domingo? {T}

            ::Presupuesto::¿Qué es un **presupuesto**? {=Un plan de ingresos y gastos ~Un inventario}

            ::Fuentes::Fuentes de financiamiento {~%50%Becas ~%50%Patrocinios ~%-100%Rumores}

            ::Capital::La capital de Jalisco {=Guadalajara =%50%Guadalajara, Jal.}

            ::Sede::¿Dónde se reúne la red? {=Oaxaca ~%25%Puebla ~Tijuana}

            ::Proyecto::Describe tu proyecto {}

            ::Suma::¿Cuánto es 2 + 2? {#4}
            """;

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    CartridgeExporter cartridges;

    private String trainer;
    private String code;

    @BeforeEach
    void trainer() {
        trainer = People.uniqueUsername("formador");
        People.create(accounts, trainer, Role.TRAINER);
        code = People.uniqueUsername("cartucho").toLowerCase();
    }

    private <T> T asTrainer(Supplier<T> work) {
        return As.user(trainer, new String[] {"TRAINER"}, work);
    }

    @Test
    void a_published_version_exported_as_a_cartridge_imports_again_with_the_same_content_and_reports_what_is_lost() {
        Map<String, byte[]> original = PackageFixtures.with(PackageFixtures.minimal(code), "quizzes/q1.gift", QUIZ);
        ImportReport first = asTrainer(() -> packages.importPackage(PackageFiles.of(original),
                ImportOptions.published()));
        CourseId course = new CourseId(first.courseId());

        CartridgeExporter.Export export = asTrainer(() -> cartridges.export(course, 1));

        assertThat(export.lost()).extracting(PackageProblem::messageKey, PackageProblem::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("interchange.cc.export-settings-paralelo-only", "Autoevaluación"),
                org.assertj.core.groups.Tuple.tuple("interchange.cc.export-lost", "Suma"));
        assertThat(export.lost().get(1).arguments()).containsExactly("Suma", "NUMERIC");
        PackageFiles cartridge = CartridgeFixtures.files(export.zip());
        assertThat(CartridgeReader.isCartridge(cartridge)).isTrue();
        assertThat(cartridge.paths()).contains("imsmanifest.xml", "pages/l1.html", "quizzes/q1.xml",
                "web_resources/media/plantilla.pdf");
        CoursePackage source = PackageReader.read(PackageFiles.of(original)).coursePackage();
        PackageRead back = CartridgeReader.read(cartridge);
        assertThat(back.errors()).isEmpty();
        assertThat(back.warnings()).isEmpty();
        CoursePackage again = back.coursePackage();
        assertThat(again.title()).isEqualTo(source.title());
        assertThat(again.summary()).isNotEmpty().isEqualTo(source.summary());
        assertThat(again.language()).isEqualTo(source.language());
        assertThat(again.estimatedHours()).isEqualTo(source.estimatedHours()).isEqualTo(2);
        assertThat(again.modules().getFirst().items().get(1).settings())
                .isEqualTo(source.modules().getFirst().items().get(1).settings());
        assertThat(again.modules()).extracting(CoursePackage.Module::title).containsExactly("Primer módulo");
        assertThat(again.modules().getFirst().items()).extracting(CoursePackage.Item::title, CoursePackage.Item::quiz)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Primera lección", false),
                        org.assertj.core.groups.Tuple.tuple("Autoevaluación", true));
        CoursePackage.Item lesson = again.modules().getFirst().items().getFirst();
        assertThat(MarkdownRenderer.plainText(lesson.markdown()))
                .isEqualTo(MarkdownRenderer.plainText(source.modules().getFirst().items().getFirst().markdown()));
        assertThat(lesson.markdown()).contains("(media/web_resources/media/plantilla.pdf)");
        List<ParsedQuestion> questions = again.modules().getFirst().items().get(1).questions();
        assertThat(questions).extracting(q -> q.question().type()).containsExactly(QuestionType.TRUE_FALSE,
                QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_ANSWER,
                QuestionType.SINGLE_CHOICE, QuestionType.ESSAY);
        List<ParsedQuestion> before = source.modules().getFirst().items().get(1).questions();
        for (int i = 0; i < questions.size(); i++) {
            assertThat(questions.get(i).question().body()).as(questions.get(i).question().title())
                    .usingRecursiveComparison().ignoringFields("options.key", "options.feedback",
                            "answers.feedback", "graderInfo", "feedbackTrue", "feedbackFalse",
                            "incorrectFeedback", "ignoreAccents")
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(before.get(i).question().body());
            assertThat(questions.get(i).question().text()).isEqualTo(before.get(i).question().text());
            assertThat(questions.get(i).question().points()).isEqualByComparingTo(before.get(i).question().points());
        }

        ImportReport reimported = asTrainer(() -> packages.importPackage(cartridge, ImportOptions.asDraft()));
        assertThat(reimported.errors()).isEmpty();
        assertThat(new int[] {reimported.modules(), reimported.lessons(), reimported.quizzes(),
                reimported.questions(), reimported.media().size()}).containsExactly(1, 1, 1, 6, 1);
    }

    static final String FEEDBACK_QUIZ = """
            ::VF::¿La casa de cultura abre en domingo? {T#Correcto, abre en domingo.#No: sí abre en domingo.
            ####Ver el horario.}

            ::Sede::¿Dónde se reúne la red? {=Oaxaca#Sí, en Oaxaca.
            ~%25%Puebla#Casi: Puebla fue la sede anterior.
            ~Tijuana#No, <b>Tijuana</b> & otras.}

            ::Fuentes::Fuentes de financiamiento {~%50%Becas#Bien: becas. ~%50%Patrocinios
            ~%-100%Rumores#Los rumores no financian.}

            ::Capital::La capital de Jalisco {=Guadalajara#¡Exacto! =%50%Guadalajara, Jal.#Casi, sin abreviar.
            =%0%Zapopan#Zapopan es otro municipio. =%0%*#Busca en el mapa de Jalisco.}
            """;

    @Test
    void option_answer_and_any_other_answer_feedback_travel_in_the_cartridge_and_come_back() {
        Map<String, byte[]> original = PackageFixtures.with(PackageFixtures.minimal(code), "quizzes/q1.gift",
                FEEDBACK_QUIZ);
        CourseId course = new CourseId(asTrainer(() -> packages.importPackage(PackageFiles.of(original),
                ImportOptions.published())).courseId());

        CartridgeExporter.Export export = asTrainer(() -> cartridges.export(course, 1));

        assertThat(export.lost()).extracting(PackageProblem::messageKey)
                .doesNotContain("interchange.cc.export-lost");
        PackageFiles cartridge = CartridgeFixtures.files(export.zip());
        String qti = new String(cartridge.read("quizzes/q1.xml").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(qti).contains("<displayfeedback feedbacktype=\"Response\" linkrefid=\"o2_fb\"/>",
                "<itemfeedback ident=\"general_incorrect_fb\">", "<other/>", "&lt;b&gt;Tijuana&lt;/b&gt; &amp; otras");
        PackageRead back = CartridgeReader.read(cartridge);
        assertThat(back.errors()).isEmpty();
        List<ParsedQuestion> before = PackageReader.read(PackageFiles.of(original)).coursePackage().modules()
                .getFirst().items().get(1).questions();
        List<ParsedQuestion> after = back.coursePackage().modules().getFirst().items().get(1).questions();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).question().body()).as(after.get(i).question().title())
                    .usingRecursiveComparison().ignoringFields("options.key", "ignoreAccents")
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(before.get(i).question().body());
            assertThat(after.get(i).question().generalFeedback())
                    .isEqualTo(before.get(i).question().generalFeedback());
        }
        QuestionBody.ShortAnswer capital = (QuestionBody.ShortAnswer) after.get(3).question().body();
        assertThat(capital.incorrectFeedback()).isEqualTo("Busca en el mapa de Jalisco.");
        assertThat(capital.answers()).extracting(QuestionBody.ShortAnswer.Accepted::text,
                QuestionBody.ShortAnswer.Accepted::feedback).contains(
                org.assertj.core.groups.Tuple.tuple("Zapopan", "Zapopan es otro municipio."));
    }

    @Test
    void another_trainer_cannot_export_a_course_as_a_cartridge() {
        long id = asTrainer(() -> packages.importPackage(PackageFiles.of(PackageFixtures.minimal(code)),
                ImportOptions.published())).courseId();
        String other = People.uniqueUsername("otro");
        People.create(accounts, other, Role.TRAINER);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> As.user(other, new String[] {"TRAINER"},
                () -> cartridges.export(new CourseId(id), 1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
