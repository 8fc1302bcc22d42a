package org.paralelo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/**
 * The bank's question dialog, "Nueva pregunta": the type, the fields every question has, and the type's own form
 * (options with "Correcta", the true/false answer, the numeric value and its margin…), then "Guardar".
 */
public class QuestionDialogPage extends Page {

    private static final By TEXT = By.cssSelector("#question-text textarea");

    QuestionDialogPage(BrowserTest browser) {
        super(browser);
        visible(TEXT);
        browser.waitForVaadin();
    }

    /** Picks the question type by its label, e.g. "Verdadero o falso"; the type's form replaces the previous one. */
    public QuestionDialogPage type(String label) {
        click(visible(By.id("question-type")));
        click(elementWithText(By.tagName("vaadin-select-item"), label));
        waitUntil("waiting for the question type \"" + label + "\"",
                d -> text(d.findElement(By.cssSelector("#question-type vaadin-select-value-button"))).equals(label));
        return this;
    }

    /** The question's text ("Enunciado"). */
    public QuestionDialogPage text(String text) {
        WebElement area = visible(TEXT);
        area.clear();
        area.sendKeys(text, Keys.TAB);
        return this;
    }

    /** The text of an option of a choice question (0-based). */
    public QuestionDialogPage option(int index, String text) {
        type("option-text-" + index, text);
        return this;
    }

    /** Ticks "Correcta" on an option (0-based) by its label, as a person would. */
    public QuestionDialogPage markCorrect(int index) {
        WebElement checkbox = visible(By.id("option-correct-" + index));
        click(checkbox.findElement(By.tagName("label")));
        waitUntil("waiting for option " + index + " to be marked correct",
                d -> checkbox.getDomAttribute("checked") != null);
        return this;
    }

    /** The right answer of a true/false question: "Verdadero" or "Falso". */
    public QuestionDialogPage trueFalseAnswer(String label) {
        WebElement radio = elementWithText(By.cssSelector("#true-false-answer vaadin-radio-button"), label);
        click(radio.findElement(By.tagName("label")));
        waitUntil("waiting for \"" + label + "\" to be chosen", d -> radio.getDomAttribute("checked") != null);
        return this;
    }

    /** The first accepted value of a numeric question and its margin of error, as typed. */
    public QuestionDialogPage numeric(String value, String tolerance) {
        type("numeric-value-0", value);
        type("numeric-tolerance-0", tolerance);
        return this;
    }

    /**
     * Scrolls the dialog just enough to show the first option's whole row (text, "Correcta", feedback), e.g. for a
     * screenshot; where it is already in view nothing moves.
     */
    public void showFirstOption() {
        script("arguments[0].scrollIntoView({block: 'nearest'})", visible(By.id("option-feedback-0")));
        browser.waitForRendering();
    }

    /** "Guardar": the confirmation toast, then the quiz editor rebuilt with the question in the bank. */
    public QuizEditorPage save() {
        WebElement quizTitle = visible(By.id("quiz-title"));
        expectNewNotification("Pregunta guardada en el banco.", () -> click("save-question"));
        waitForReplacement(quizTitle, "waiting for the bank to show the new question");
        return new QuizEditorPage(browser);
    }
}
