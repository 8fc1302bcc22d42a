package org.paralelo.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Picks an attempt's questions: every fixed question, and for each random slot {@code draw} questions from its
 * pool that this attempt does not have yet (two slots on one category never repeat a question); the order is
 * shuffled when the quiz says so. The result is stored with the attempt, so it is drawn once.
 */
final class QuestionDraw {

    private QuestionDraw() {
    }

    static List<String> draw(PublishedQuiz quiz, Random random) {
        List<String> keys = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (PublishedQuiz.Slot slot : quiz.slots()) {
            List<String> pool = new ArrayList<>(slot.questions().stream().map(PublishedQuiz.FrozenQuestion::key)
                    .filter(k -> !taken.contains(k)).toList());
            if (slot.kind() == SlotKind.RANDOM) {
                Collections.shuffle(pool, random);
            }
            for (String key : pool.subList(0, Math.min(slot.draw(), pool.size()))) {
                keys.add(key);
                taken.add(key);
            }
        }
        if (quiz.settings().shuffleQuestions()) {
            Collections.shuffle(keys, random);
        }
        return keys;
    }
}
