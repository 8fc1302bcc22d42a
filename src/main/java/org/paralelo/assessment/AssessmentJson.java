package org.paralelo.assessment;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of question bodies (bank rows), frozen quizzes (published rows) and learners' answers. */
@Component
class AssessmentJson {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(QuestionBody body) {
        return json.writeValueAsString(body);
    }

    QuestionBody body(String data) {
        return json.readValue(data, QuestionBody.class);
    }

    String write(PublishedQuiz quiz) {
        return json.writeValueAsString(quiz);
    }

    PublishedQuiz quiz(String snapshot) {
        return json.readValue(snapshot, PublishedQuiz.class);
    }

    String write(Response response) {
        return json.writeValueAsString(response);
    }

    Response response(String data) {
        return json.readValue(data, Response.class);
    }
}
