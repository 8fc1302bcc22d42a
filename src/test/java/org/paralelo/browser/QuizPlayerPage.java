package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.paralelo.support.BrowserTest;

/**
 * The quiz player, cursos/:id/cuestionarios/:key: the intro (start or resume), the attempt's question cards with
 * their save status, submitting with confirmation, and the result.
 */
public class QuizPlayerPage extends Page {

    private static final By CARDS = By.cssSelector(".question-card");

    /** No select open, and no select overlay open or still closing (its closing animation). */
    private static final String SELECTS_AT_REST = """
            return [...document.querySelectorAll('vaadin-select')].every(select => {
              const overlay = (select.shadowRoot && select.shadowRoot.querySelector('vaadin-select-overlay'))
                  || select._overlayElement;
              return !select.opened && !(overlay && (overlay.opened || overlay.hasAttribute('closing')));
            });
            """;

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
        return waitUntilSaved(question);
    }

    /** The label of the chosen option of each question card, or "" where nothing is chosen. */
    public List<String> chosen() {
        return driver().findElements(CARDS).stream().map(card -> card.findElements(
                By.cssSelector("vaadin-radio-button[checked]")).stream().map(Page::text).findFirst().orElse(""))
                .toList();
    }

    /**
     * Types into the text or number field of a question card (0-based among the cards on the page shown) and clicks
     * {@code button} at once, in one chain of real key and pointer input (no Tab, no pause). Returns the
     * milliseconds the browser itself counted from the last typed character to the click. Does not wait for the
     * server.
     */
    public long typeAndAtOnceClick(int question, String text, WebElement button) {
        WebElement input = answerField(question);
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        script("""
                arguments[0].scrollIntoView({block: 'center'});
                window.__typedToClick = {};
                document.addEventListener('input', () => window.__typedToClick.input = performance.now(), true);
                document.addEventListener('click', () => window.__typedToClick.click = performance.now(), true);
                """, button);
        // The pointer goes to the button first (a pointer move takes its own 100 ms or more), then the keys and
        // the click follow one another.
        new Actions(driver()).moveToElement(button).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(text).click().perform();
        return ((Number) script("return Math.round(window.__typedToClick.click - window.__typedToClick.input)"))
                .longValue();
    }

    /** Types into a question's field without leaving it and waits until its card says "Guardado". */
    public QuizPlayerPage typeAndWaitUntilSaved(int question, String text) {
        typeWithoutLeaving(question, text);
        return waitUntilSaved(question);
    }

    /**
     * Types into a question's field and at once asks the page whether leaving it now would make the browser ask
     * first: the cancelable "beforeunload" event the browser sends before closing a tab or reloading.
     */
    public boolean typeAndAtOnceAskToLeave(int question, String text) {
        typeWithoutLeaving(question, text);
        return leavingWouldAsk();
    }

    /** Whether closing or reloading the page now would make the browser ask first ("beforeunload" cancelled). */
    public boolean leavingWouldAsk() {
        return Boolean.TRUE.equals(script("""
                const leaving = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(leaving);
                return leaving.defaultPrevented;
                """));
    }

    /** Replaces the text of a question's text or number field, keeping the focus in it. */
    private void typeWithoutLeaving(int question, String text) {
        WebElement input = answerField(question);
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Types {@code extra} at the end of a question's text field or area and deletes it again with Backspace, in one
     * chain of real key input (well within the field's pause before it sends): the field ends where it was.
     */
    public QuizPlayerPage typeAndTakeBack(int question, String extra) {
        WebElement input = answerField(question);
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        Actions keys = new Actions(driver()).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL)
                .sendKeys(extra);
        for (int i = 0; i < extra.length(); i++) {
            keys.sendKeys(Keys.BACK_SPACE);
        }
        keys.perform();
        return this;
    }

    /** Replaces the text of a question's field with {@code text}, keeping the focus in it, and does not wait. */
    public QuizPlayerPage retype(int question, String text) {
        typeWithoutLeaving(question, text);
        return this;
    }

    /** Clicks the options of a choice question (radio buttons or checkboxes) with these labels, one after another. */
    public QuizPlayerPage clickOptions(int question, String... labels) {
        WebElement card = driver().findElements(CARDS).get(question);
        script("arguments[0].scrollIntoView({block: 'center'})", card);
        Actions clicks = new Actions(driver());
        for (String label : labels) {
            clicks.click(card.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).stream()
                    .filter(option -> text(option).equals(label)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("label")));
        }
        clicks.perform();
        return this;
    }

    /** Picks {@code option} in the select labelled {@code label} of a matching question. */
    public QuizPlayerPage pick(int question, String label, String option) {
        WebElement select = driver().findElements(CARDS).get(question).findElements(By.tagName("vaadin-select"))
                .stream().filter(s -> label.equals(s.getDomProperty("label"))).findFirst().orElseThrow();
        // A click on a select whose overlay (this one's or the last pick's) is still open or closing is lost: the
        // select stays shut and its options never show. So each pick starts and ends with every select at rest.
        waitUntil("every select on the page shut", d -> Boolean.TRUE.equals(script(SELECTS_AT_REST)));
        click(select);
        waitUntil("the select \"" + label + "\" to open", d -> "true".equals(select.getDomProperty("opened")));
        click(elementWithText(By.tagName("vaadin-select-item"), option));
        waitUntil("every select on the page shut again", d -> Boolean.TRUE.equals(script(SELECTS_AT_REST)));
        return this;
    }

    /** Clicks the move buttons of an ordering question with these labels, one after another. */
    public QuizPlayerPage move(int question, String... labels) {
        for (String label : labels) {
            click(driver().findElements(CARDS).get(question).findElements(By.cssSelector("vaadin-button.order-move"))
                    .stream().filter(b -> label.equals(b.getDomAttribute("aria-label"))).findFirst().orElseThrow());
        }
        return this;
    }

    /** The items of an ordering question in the order shown, without their numbers. */
    public List<String> orderShown(int question) {
        return driver().findElements(CARDS).get(question).findElements(By.cssSelector(".ordering-text")).stream()
                .map(item -> text(item).replaceFirst("^\\d+\\. ", "")).toList();
    }

    /**
     * The save status of a question card once the page has settled: the server idle, then the longest pause a
     * field waits before sending what was typed (1.5 s, the essay's) passed and the server idle again. What it says
     * then stays until the learner does something.
     */
    public String settledState(int question) {
        browser.waitForVaadin();
        script("return new Promise(done => setTimeout(done, 1600))");
        browser.waitForVaadin();
        return saveState(question);
    }

    /** The visible text of a question card's save status. */
    public String statusText(int question) {
        return text(driver().findElements(CARDS).get(question).findElement(By.cssSelector(".save-status")));
    }

    public QuizPlayerPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        return new QuizPlayerPage(browser);
    }

    private WebElement answerField(int question) {
        return driver().findElements(CARDS).get(question)
                .findElement(By.cssSelector("vaadin-text-field input, vaadin-text-area textarea"));
    }

    /** Leaves the focused field with Tab, as a learner moving on does, and waits for the server. */
    public QuizPlayerPage leaveField() {
        driver().switchTo().activeElement().sendKeys(Keys.TAB);
        browser.waitForVaadin();
        return this;
    }

    /** The save status of a question card on the page shown: "saving", "saved", "retrying", "refused" or null. */
    public String saveState(int question) {
        return driver().findElements(CARDS).get(question).findElement(By.cssSelector(".save-status"))
                .getDomAttribute("data-state");
    }

    /** The save status of every question card on the page shown. */
    public List<String> saveStates() {
        return driver().findElements(CARDS).stream().map(card -> String.valueOf(card.findElement(
                By.cssSelector(".save-status")).getDomAttribute("data-state"))).toList();
    }

    /** Waits until a question card (0-based on the page shown) says "Guardado". */
    public QuizPlayerPage waitUntilSaved(int question) {
        String key = driver().findElements(CARDS).get(question).getDomAttribute("data-question");
        waitUntil("waiting for question " + (question + 1) + " to be saved",
                d -> "saved".equals(d.findElement(By.cssSelector(".question-card[data-question='" + key
                        + "'] .save-status")).getDomAttribute("data-state")));
        return this;
    }

    /** The pager's "Siguiente" button of a long quiz. */
    public WebElement nextPageButton() {
        return elementWithText(By.cssSelector(".quiz-pages .pager vaadin-button"), "Siguiente");
    }

    /** Shows the next page of a long quiz and then the previous one again: the cards of that page come back. */
    public QuizPlayerPage nextPageAndBack() {
        String shown = pageShown();
        click(nextPageButton());
        waitUntil("waiting for the next page", d -> !pageShown().equals(shown));
        click(elementWithText(By.cssSelector(".quiz-pages .pager vaadin-button"), "Anterior"));
        waitUntil("waiting for page " + shown + " again", d -> pageShown().equals(shown));
        return this;
    }

    public WebElement submitButton() {
        return visible(By.id("submit-attempt"));
    }

    /** The visible page of a long quiz, e.g. "2 / 3", once the server has shown it. */
    public String pageShown() {
        browser.waitForVaadin();
        return text(visible(By.cssSelector(".quiz-pages .pager span")));
    }

    /** Confirms the submit dialog already opened and waits for the result. */
    public QuizPlayerPage confirmSubmit() {
        click(visible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        visible(By.id("attempt-result"));
        return this;
    }

    public QuizPlayerPage submit() {
        click("submit-attempt");
        return confirmSubmit();
    }

    public String result() {
        return text(visible(By.id("attempt-result")));
    }
}
