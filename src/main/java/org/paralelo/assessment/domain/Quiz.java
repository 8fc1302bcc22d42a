package org.paralelo.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.FeedbackTiming;
import org.paralelo.assessment.GradingPolicy;

/** The settings and slots of one quiz item of a course draft, found by course and item key. */
@Entity
@Table(name = "quiz")
public class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "item_key", nullable = false, updatable = false, length = 40)
    private String itemKey;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_answers", nullable = false)
    private boolean shuffleAnswers;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_timing", nullable = false, length = 20)
    private FeedbackTiming feedbackTiming;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_policy", nullable = false, length = 10)
    private GradingPolicy gradingPolicy;

    @Column(name = "closes_on")
    private @Nullable LocalDate closesOn;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizSlot> slots = new ArrayList<>();

    @Version
    private long version;

    protected Quiz() {
        this.itemKey = "";
        this.feedbackTiming = FeedbackTiming.AFTER_SUBMIT;
        this.gradingPolicy = GradingPolicy.BEST;
    }

    public Quiz(long courseId, String itemKey) {
        this();
        this.courseId = courseId;
        this.itemKey = itemKey;
    }

    public void setSettings(int passMark, int attemptsAllowed, int timeLimitMinutes, boolean shuffleQuestions,
                            boolean shuffleAnswers, FeedbackTiming feedbackTiming, GradingPolicy gradingPolicy,
                            @Nullable LocalDate closesOn) {
        this.passMark = passMark;
        this.attemptsAllowed = attemptsAllowed;
        this.timeLimitMinutes = timeLimitMinutes;
        this.shuffleQuestions = shuffleQuestions;
        this.shuffleAnswers = shuffleAnswers;
        this.feedbackTiming = feedbackTiming;
        this.gradingPolicy = gradingPolicy;
        this.closesOn = closesOn;
    }

    public QuizSlot addFixed(String questionKey) {
        QuizSlot slot = new QuizSlot(this, slots.size(), questionKey, null, null);
        slots.add(slot);
        return slot;
    }

    public QuizSlot addDraw(long categoryId, int count) {
        QuizSlot slot = new QuizSlot(this, slots.size(), null, categoryId, count);
        slots.add(slot);
        return slot;
    }

    public void removeSlot(QuizSlot slot) {
        slots.remove(slot);
        renumber();
    }

    /** Moves a slot to a zero-based index (clamped to the list). */
    public void moveSlot(QuizSlot slot, int newIndex) {
        slots.remove(slot);
        slots.add(Math.max(0, Math.min(newIndex, slots.size())), slot);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).setPosition(i);
        }
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleAnswers() {
        return shuffleAnswers;
    }

    public FeedbackTiming getFeedbackTiming() {
        return feedbackTiming;
    }

    public GradingPolicy getGradingPolicy() {
        return gradingPolicy;
    }

    public @Nullable LocalDate getClosesOn() {
        return closesOn;
    }

    public List<QuizSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }

    public long getVersion() {
        return version;
    }
}
