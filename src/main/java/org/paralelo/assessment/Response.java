package org.paralelo.assessment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learner's answer to one question. Answers name option, prompt and item keys, never positions, so shuffled
 * options and later edits of a question keep their meaning.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Response.Unanswered.class, name = "UNANSWERED"),
        @JsonSubTypes.Type(value = Response.Choices.class, name = "CHOICES"),
        @JsonSubTypes.Type(value = Response.TrueOrFalse.class, name = "TRUE_OR_FALSE"),
        @JsonSubTypes.Type(value = Response.Text.class, name = "TEXT"),
        @JsonSubTypes.Type(value = Response.Matches.class, name = "MATCHES"),
        @JsonSubTypes.Type(value = Response.Order.class, name = "ORDER")})
public sealed interface Response {

    /** Left blank: worth nothing, for every type. */
    record Unanswered() implements Response {
    }

    /** The chosen option keys: one for single choice, any number for multiple choice. */
    record Choices(Set<String> optionKeys) implements Response {
        public Choices {
            optionKeys = optionKeys == null ? Set.of() : Set.copyOf(optionKeys);
        }

        public static Choices of(String... keys) {
            return new Choices(Set.of(keys));
        }
    }

    record TrueOrFalse(boolean value) implements Response {
    }

    /** What the learner typed: a short answer, a number ("3,5" or "3.5") or an essay. */
    record Text(String text) implements Response {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /** For each prompt key, the answer text the learner matched it with. */
    record Matches(Map<String, String> answerByPrompt) implements Response {
        public Matches {
            answerByPrompt = answerByPrompt == null ? Map.of() : Map.copyOf(answerByPrompt);
        }
    }

    /** Item keys in the order the learner put them. */
    record Order(List<String> itemKeys) implements Response {
        public Order {
            itemKeys = itemKeys == null ? List.of() : List.copyOf(itemKeys);
        }
    }
}
