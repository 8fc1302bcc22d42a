package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paralelo.base.Languages;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A question refused by a model rule is reported with the field named in words, in the reader's language, while
 * the code and the field's path stay for scripts (issue #15: "Este campo es obligatorio." named no field).
 */
class GiftRefusalMessagesTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setDefaultLocale(Languages.SPANISH);
    }

    private static List<PackageProblem> problems(String gift) {
        return GiftParser.parse(gift).problems().stream().map(p -> PackageProblem.of("quizzes/q.gift", p)).toList();
    }

    private static String message(PackageProblem problem, Locale locale) {
        return MESSAGES.getMessage(problem.displayKey(), problem.messageArguments(), locale);
    }

    @Test
    void a_pair_without_its_right_side_names_the_pair_and_the_side_in_both_languages() {
        PackageProblem missing = problems("Empareja {=a -> 1 =b -> 2 =c -> 3 =d -> 4 =e -> }").getFirst();
        assertThat(missing.messageKey()).isEqualTo("error.required");
        assertThat(missing.field()).isEqualTo("pairs.4.answer");
        assertThat(message(missing, Languages.SPANISH)).isEqualTo("Par 5, texto de la derecha: falta el texto.");
        assertThat(message(missing, Locale.ENGLISH)).isEqualTo("Pair 5, right side: the text is missing.");
    }

    @Test
    void a_question_without_text_before_its_answers_names_the_question_text() {
        PackageProblem missing = problems("{=a ~b}").getFirst();
        assertThat(missing.field()).isEqualTo("text");
        assertThat(message(missing, Languages.SPANISH)).isEqualTo("Texto de la pregunta: falta el texto.");
    }

    @Test
    void a_rule_with_its_own_argument_keeps_it_after_the_field_name() {
        PackageProblem tooLong = problems("Opciones {=" + "a".repeat(1001) + " ~b}").getFirst();
        assertThat(tooLong.field()).isEqualTo("options.0.text");
        assertThat(message(tooLong, Languages.SPANISH)).isEqualTo("Opción 1: Escribe como máximo 1,000 caracteres.");
        PackageProblem sum = problems("Créditos {~%60%a ~%60%b}").getFirst();
        assertThat(message(sum, Locale.ENGLISH)).startsWith("Options: ").contains("120");
    }

    @Test
    void syntax_problems_and_warnings_keep_their_own_message() {
        PackageProblem arrow = problems("Match {=a -> 1 =b}").getFirst();
        assertThat(arrow.field()).isEmpty();
        assertThat(message(arrow, Languages.SPANISH)).contains("flecha").contains("«b»");
        GiftProblem image = GiftParser.parse("Q {=a ~b ####[html]<img src=\"@@PLUGINFILE@@/chart.png\">}")
                .warnings().getFirst();
        assertThat(message(PackageProblem.of("q.gift", image), Locale.ENGLISH)).contains("chart.png");
    }

    @Test
    void every_field_the_model_can_refuse_has_a_name_in_both_languages() {
        for (String field : List.of("text", "points", "generalFeedback", "title", "idNumber", "tags", "tags.0",
                "options", "options.0.text", "options.0.credit", "options.0.feedback", "answers", "answers.0.text",
                "answers.0.value", "answers.0.tolerance", "answers.0.credit", "answers.0.feedback",
                "incorrectFeedback", "feedbackTrue", "feedbackFalse", "pairs", "pairs.0.prompt", "pairs.0.answer",
                "items", "items.0.text", "graderInfo")) {
            for (Locale locale : new Locale[] {Languages.SPANISH, Locale.ENGLISH}) {
                String name = MESSAGES.getMessage(ProblemText.fieldName(field), locale);
                assertThat(name).as(field + " in " + locale).isNotEqualTo(field).doesNotContain("{");
            }
        }
    }
}
