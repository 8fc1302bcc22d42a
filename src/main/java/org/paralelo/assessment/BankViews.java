package org.paralelo.assessment;

import org.paralelo.assessment.domain.BankQuestion;
import org.springframework.stereotype.Component;

/** Turns bank rows into the records the services hand out. */
@Component
class BankViews {

    private final AssessmentJson json;

    BankViews(AssessmentJson json) {
        this.json = json;
    }

    Question question(BankQuestion row) {
        return new Question(row.getText(), row.getPoints(), row.getGeneralFeedback(), json.body(row.getData()),
                row.getTitle(), row.getIdNumber(), row.getTags());
    }

    QuestionView view(BankQuestion row) {
        return new QuestionView(row.getKey(), row.getCategoryId(), question(row), row.getVersion());
    }

    static QuestionSummary summary(BankQuestion row) {
        return new QuestionSummary(row.getKey(), row.getCategoryId(), row.getType(),
                QuestionSummary.excerpt(row.getText()), row.getPoints(), row.getVersion());
    }
}
