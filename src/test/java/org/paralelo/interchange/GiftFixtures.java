package org.paralelo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBody;
import org.paralelo.assessment.QuestionBody.Numeric;
import org.paralelo.assessment.QuestionBody.ShortAnswer;
import org.paralelo.assessment.QuestionBody.SingleChoice;

/** Small builders and checks for GIFT fixtures: read one question cleanly, write and read it back, build answers. */
final class GiftFixtures {

    private GiftFixtures() {
    }

    /** The one question the GIFT holds, read with no problem and no warning. */
    static Question only(String gift) {
        GiftResult result = GiftParser.parse(gift);
        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.warnings()).as("warnings").isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst().question();
    }

    static QuestionBody body(String gift) {
        return only(gift).body();
    }

    /** Writes the question as GIFT, reads it again, and checks nothing changed; returns what was written. */
    static String roundTrip(Question question) {
        String written = GiftWriter.write(List.of(new ParsedQuestion(1, "Categoría", question)));
        GiftResult again = GiftParser.parse(written);
        assertThat(again.problems()).as(written).isEmpty();
        assertThat(again.warnings()).as(written).isEmpty();
        assertThat(again.questions()).as(written).singleElement()
                .satisfies(q -> assertThat(q.question()).isEqualTo(question));
        return written;
    }

    static Question question(String text, String general, QuestionBody body) {
        return new Question(text, BigDecimal.ONE, general, body);
    }

    static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    static SingleChoice.Option right(String text, String feedback) {
        return new SingleChoice.Option("", text, true, feedback);
    }

    static SingleChoice.Option partial(String credit, String text, String feedback) {
        return new SingleChoice.Option("", text, false, pct(credit), feedback);
    }

    static SingleChoice.Option wrong(String text, String feedback) {
        return new SingleChoice.Option("", text, false, feedback);
    }

    static ShortAnswer.Accepted accepted(String credit, String text, String feedback) {
        return new ShortAnswer.Accepted(text, pct(credit), feedback);
    }

    static Numeric.Answer number(String credit, String value, String tolerance, String feedback) {
        return new Numeric.Answer(value, tolerance, pct(credit), feedback);
    }
}
