package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.base.Languages;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AccountService;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditEntryView;
import org.paralelo.people.AuditFilter;
import org.paralelo.people.AuditService;
import org.paralelo.people.Role;
import org.paralelo.support.As;
import org.paralelo.support.ParaleloSpringTest;
import org.paralelo.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/** GIFT and Aiken into a bank: a report per question; broken ones do not stop the rest unless all-or-nothing. */
@ParaleloSpringTest
@Tag("persistence")
class QuestionImportServiceTest {

    private static final String MIXED = """
            $CATEGORY: festivales

            ¿El festival necesita permiso de protección civil? {T}

            ¿Roto? {
            =sin cerrar

            ::titulo largo::¿Cuántas sillas caben? {#120:10}
            """;

    @Autowired
    AccountService accounts;
    @Autowired
    CoursePackageService packages;
    @Autowired
    QuestionImportService questions;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AuditService audit;
    @Autowired
    org.springframework.context.MessageSource messages;

    private String trainer;
    private CourseId course;

    @BeforeEach
    void course() {
        trainer = People.uniqueUsername("banco");
        People.create(accounts, trainer, Role.TRAINER);
        String code = People.uniqueUsername("banco").toLowerCase();
        course = new CourseId(asTrainer(() -> packages.importPackage(PackageFiles.of(PackageFixtures.minimal(code)),
                ImportOptions.asDraft())).courseId());
    }

    private <T> T asTrainer(Supplier<T> work) {
        return As.user(trainer, new String[] {"TRAINER"}, work);
    }

    @Test
    void gift_aiken_and_moodle_xml_imports_appear_in_the_audit_log_but_previews_do_not() {
        String aiken = "¿Cuál es un costo fijo?\nA. La renta\nB. El papel\nANSWER: A\n";
        String moodle = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz><question type="truefalse"><name><text>vf</text></name>
                <questiontext format="html"><text>¿Cierto?</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>""";
        asTrainer(() -> questions.preview(course, MIXED, false));
        asTrainer(() -> questions.importQuestions(course, MIXED, false, false));
        asTrainer(() -> questions.importQuestions(course, aiken, true, false));
        asTrainer(() -> questions.importQuestions(course, moodle, false, false));

        List<AuditEntryView> logged = As.admin(() -> audit.search(
                new AuditFilter(AuditAction.QUESTIONS_IMPORTED, trainer, null, null), 0, 10));
        assertThat(logged).extracting(AuditEntryView::subject).containsExactlyInAnyOrder(
                "GIFT → " + course.value() + ": 2", "Aiken → " + course.value() + ": 1",
                "Moodle XML → " + course.value() + ": 1");
    }

    @Test
    void the_preview_reports_each_question_and_stores_nothing() {
        QuestionImportReport report = asTrainer(() -> questions.preview(course, MIXED, false));

        assertThat(report.applied()).isFalse();
        assertThat(report.lines()).extracting(QuestionImportReport.Line::line, QuestionImportReport.Line::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ok"),
                        org.assertj.core.groups.Tuple.tuple(5, "error"),
                        org.assertj.core.groups.Tuple.tuple(8, "ok"));
        assertThat(asTrainer(() -> bank.allQuestions(course))).hasSize(2);
    }

    @Test
    void a_broken_question_does_not_stop_the_others() {
        QuestionImportReport report = asTrainer(() -> questions.importQuestions(course, MIXED, false, false));

        assertThat(report.applied()).isTrue();
        assertThat(report.stored()).isEqualTo(2);
        assertThat(asTrainer(() -> bank.allQuestions(course))).hasSize(4);
        assertThat(asTrainer(() -> bank.categories(course))).extracting(c -> c.name()).contains("festivales");
    }

    @Test
    void all_or_nothing_imports_nothing_when_one_question_is_broken() {
        QuestionImportReport report = asTrainer(() -> questions.importQuestions(course, MIXED, false, true));

        assertThat(report.applied()).isFalse();
        assertThat(report.stored()).isZero();
        assertThat(asTrainer(() -> bank.allQuestions(course))).hasSize(2);
    }

    @Test
    void aiken_questions_import_too() {
        QuestionImportReport report = asTrainer(() -> questions.importQuestions(course,
                "¿Qué documento formaliza un apoyo?\nA. Un convenio\nB. Un volante\nANSWER: A\n", true, true));

        assertThat(report.stored()).isEqualTo(1);
    }

    @Test
    void the_bank_exports_as_gift_that_reads_back_to_the_same_questions() {
        asTrainer(() -> questions.importQuestions(course, MIXED, false, false));

        String gift = asTrainer(() -> questions.exportGift(course));
        GiftResult again = GiftParser.parse(gift);

        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).hasSize(4);
        assertThat(gift).contains("$CATEGORY: festivales", "$CATEGORY: prueba");
    }

    @Test
    void the_bank_exported_as_moodle_xml_and_imported_into_another_course_is_the_same_bank() {
        String gift = """
                $CATEGORY: festivales

                ::Intro::Usa lápiz y papel.

                // [id:f-1] [tag:permisos]
                ¿Qué estaciones hay? {=primavera =verano ~pascua}

                Relaciona {=Licencia -> Permiso =Cesión -> Transmisión = -> Donación}
                """;
        asTrainer(() -> questions.importQuestions(course, gift, false, true));
        String xml = asTrainer(() -> questions.exportMoodleXml(course));
        List<ParsedQuestion> before = GiftParser.parse(asTrainer(() -> questions.exportGift(course))).questions();

        String otherCode = People.uniqueUsername("banco").toLowerCase();
        CourseId other = new CourseId(asTrainer(() -> packages.importPackage(
                PackageFiles.of(PackageFixtures.minimal(otherCode)), ImportOptions.asDraft())).courseId());
        QuestionImportReport report = asTrainer(() -> questions.importQuestions(other, xml, false, true));

        assertThat(report.errors()).isZero();
        assertThat(report.stored()).isEqualTo(before.size());
        String after = asTrainer(() -> questions.exportGift(other));
        // The other course had the sample quiz's questions already; every exported question is now there too.
        assertThat(GiftParser.parse(after).questions()).extracting(ParsedQuestion::category,
                ParsedQuestion::question).containsAll(before.stream()
                .map(q -> org.assertj.core.groups.Tuple.tuple(q.category(), q.question())).toList());
        assertThat(after).contains("::Intro::", "// [id:f-1] [tag:permisos]", "= -> Donación");
    }

    @Test
    void every_warning_of_a_question_is_listed_up_to_ten_and_the_rest_are_counted() {
        String twoWarnings = "::Sede::¿Dónde? {=Oaxaca ~%-50%Puebla ~%-25%Tijuana}";
        StringBuilder many = new StringBuilder("::Muchas::¿Cuál? {=Sí");
        for (int i = 1; i <= 12; i++) {
            many.append(" ~%-10%Opción ").append(i);
        }
        String text = twoWarnings + "\n\n" + many.append("}\n");

        QuestionImportReport report = asTrainer(() -> questions.preview(course, text, false));

        assertThat(report.lines()).filteredOn(l -> l.line() == 1).extracting(QuestionImportReport.Line::status,
                QuestionImportReport.Line::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("warning", "Puebla"),
                org.assertj.core.groups.Tuple.tuple("warning", "Tijuana"));
        List<QuestionImportReport.Line> third = report.lines().stream().filter(l -> l.line() == 3).toList();
        assertThat(third).hasSize(11).allMatch(l -> l.status().equals("warning"));
        assertThat(third.subList(0, 10)).extracting(QuestionImportReport.Line::detail)
                .containsExactly("Opción 1", "Opción 2", "Opción 3", "Opción 4", "Opción 5", "Opción 6", "Opción 7",
                        "Opción 8", "Opción 9", "Opción 10");
        assertThat(third.get(10).messageKey()).isEqualTo("interchange.questions.more-warnings");
        assertThat(third.get(10).detail()).isEqualTo("2");
        assertThat(messages.getMessage(third.get(10).displayKey(), third.get(10).messageArguments(),
                Languages.SPANISH)).isEqualTo("Y 2 avisos más sobre esta pregunta.");
        assertThat(messages.getMessage(third.get(10).displayKey(), third.get(10).messageArguments(),
                Languages.ENGLISH)).isEqualTo("And 2 more warnings about this question.");
        assertThat(report.errors()).isZero();
    }

    @Test
    void a_moodle_xml_question_of_a_type_with_no_equivalent_is_a_warning_line_of_its_own() {
        String moodle = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="calculated">
                    <name><text>Fórmula</text></name>
                    <questiontext format="html"><text>{a} + {b}</text></questiontext>
                  </question>
                  <question type="truefalse">
                    <name><text>VF</text></name>
                    <questiontext format="html"><text>¿Abre en domingo?</text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>
                """;

        QuestionImportReport report = asTrainer(() -> questions.preview(course, moodle, false));

        assertThat(report.lines()).extracting(QuestionImportReport.Line::status, QuestionImportReport.Line::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("warning",
                                "interchange.moodlexml.unsupported-type"),
                        org.assertj.core.groups.Tuple.tuple("ok", ""));
    }
}
