package org.paralelo.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One place in a quiz: a fixed question (by its stable key) or a random draw from a category. */
@Entity
@Table(name = "quiz_slot")
public class QuizSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private @Nullable Quiz quiz;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_key", length = 40)
    private @Nullable String questionKey;

    @Column(name = "category_id")
    private @Nullable Long categoryId;

    @Column(name = "draw_count")
    private @Nullable Integer drawCount;

    protected QuizSlot() {
    }

    QuizSlot(Quiz quiz, int position, @Nullable String questionKey, @Nullable Long categoryId,
             @Nullable Integer drawCount) {
        this.quiz = quiz;
        this.position = position;
        this.questionKey = questionKey;
        this.categoryId = categoryId;
        this.drawCount = drawCount;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public boolean isRandom() {
        return questionKey == null;
    }

    public @Nullable String getQuestionKey() {
        return questionKey;
    }

    public @Nullable Long getCategoryId() {
        return categoryId;
    }

    public int getDrawCount() {
        return drawCount == null ? 1 : drawCount;
    }
}
