package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/**
 * The quiz player, cursos/:id/cuestionarios/:key: the intro (start or resume), the attempt's question cards with
 * their save status, submitting with confirmation, and the result.
 */
public class QuizPlayerPage extends Page {

    private static final By CARDS = By.cssSelector(".question-card");

    QuizPlayerPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the quiz player", d -> path().matches("/cursos/\\d+/cuestionarios/[^/]+"));
        browser.waitForVaadin();
    }

    public static QuizPlayerPage open(BrowserTest browser, String path) {
        browser.open(path);
        return new QuizPlayerPage(browser);
    }

    public QuizPlayerPage start() {
        click("start-attempt");
        visible(CARDS);
        return this;
    }

    public QuizPlayerPage resume() {
        click("resume-attempt");
        visible(CARDS);
        return this;
    }

    public int questionCount() {
        return driver().findElements(CARDS).size();
    }

    /** Picks an option of a true/false or single-choice question (0-based card) and waits until it is saved. */
    public QuizPlayerPage choose(int question, String optionLabel) {
        WebElement card = driver().findElements(CARDS).get(question);
        String key = card.getDomAttribute("data-question");
        By options = By.cssSelector(".question-card[data-question='" + key + "'] vaadin-radio-button");
        click(elementWithText(options, optionLabel));
        waitUntil("waiting for question " + (question + 1) + " to be saved",
                d -> "saved".equals(d.findElement(By.cssSelector(".question-card[data-question='" + key
                        + "'] .save-status")).getDomAttribute("data-state")));
        return this;
    }

    /** The label of the chosen option of each question card, or "" where nothing is chosen. */
    public List<String> chosen() {
        return driver().findElements(CARDS).stream().map(card -> card.findElements(
                By.cssSelector("vaadin-radio-button[checked]")).stream().map(Page::text).findFirst().orElse(""))
                .toList();
    }

    public QuizPlayerPage submit() {
        click("submit-attempt");
        click(visible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        visible(By.id("attempt-result"));
        return this;
    }

    public String result() {
        return text(visible(By.id("attempt-result")));
    }
}
