package org.paralelo.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/**
 * The quiz editor, autoria/cursos/:id/cuestionarios/:key: the tab "Cuestionario" (settings, the quiz's questions
 * and the forms to add more) and the tab "Banco de preguntas" (categories and the course's questions). Every change
 * rebuilds the view on the server, so actions wait for the old heading to be replaced and return a fresh page.
 */
public class QuizEditorPage extends Page {

    private static final By TITLE = By.id("quiz-title");

    QuizEditorPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the quiz editor", d -> path().matches("/autoria/cursos/\\d+/cuestionarios/[^/]+"));
        visible(TITLE);
        browser.waitForVaadin();
    }

    public String title() {
        return text(visible(TITLE));
    }

    public QuizEditorPage showQuiz() {
        return showTab("Cuestionario", By.id("question-count"));
    }

    public QuizEditorPage showBank() {
        return showTab("Banco de preguntas", By.id("new-category"));
    }

    /** "Nueva categoría" in the bank: the name in the dialog, then "Guardar"; the new category is chosen. */
    public QuizEditorPage createCategory(String name) {
        showBank();
        WebElement title = visible(TITLE);
        click("new-category");
        type("category-name", name);
        click("save-category");
        waitForReplacement(title, "waiting for the bank to show the category \"" + name + "\"");
        return new QuizEditorPage(browser);
    }

    /** "Nueva pregunta" in the bank's chosen category: the question dialog opens. */
    public QuestionDialogPage newQuestion() {
        showBank();
        click("new-question");
        return new QuestionDialogPage(browser);
    }

    /** The excerpts of the questions in the bank's chosen category. */
    public List<String> bankQuestions() {
        return texts(By.cssSelector(".bank-question .question-excerpt"));
    }

    /**
     * "Agregar preguntas del banco": ticks the question by the label the box lists ("Tipo · enunciado"), closes
     * the list and clicks "Agregar".
     */
    public QuizEditorPage addFromBank(String label) {
        showQuiz();
        WebElement title = visible(TITLE);
        WebElement box = visible(By.id("bank-question"));
        click(box.findElement(By.tagName("input")));
        click(elementWithText(By.tagName("vaadin-multi-select-combo-box-item"), label));
        waitUntil("waiting for the box to hold \"" + label + "\"", d -> box.findElements(
                By.tagName("vaadin-multi-select-combo-box-chip")).stream()
                .anyMatch(chip -> label.equals(chip.getDomProperty("label"))));
        box.findElement(By.tagName("input")).sendKeys(Keys.ESCAPE);
        click("add-question");
        waitForReplacement(title, "waiting for the quiz to show the question \"" + label + "\"");
        return new QuizEditorPage(browser);
    }

    /** The quiz's questions in order, as listed: "Tipo · enunciado" or the random draw's description. */
    public List<String> slots() {
        return texts(By.cssSelector(".slot-row .slot-description"));
    }

    /** Scrolls the quiz's question list to the top of the window, e.g. for a screenshot. */
    public void scrollToQuestions() {
        showQuiz();
        script("arguments[0].scrollIntoView({block: 'start'})", visible(By.cssSelector(".quiz-slots")));
        browser.waitForRendering();
    }

    /** E.g. "Preguntas en cada intento: 3". */
    public String questionCount() {
        showQuiz();
        return text(visible(By.id("question-count")));
    }

    /** "← Volver al curso". */
    public CourseEditorPage backToCourse() {
        click(elementWithText(By.cssSelector("main.quiz-editor > a"), "← Volver al curso"));
        return new CourseEditorPage(browser);
    }

    private QuizEditorPage showTab(String label, By content) {
        WebElement tab = elementWithText(By.tagName("vaadin-tab"), label);
        if (!"true".equals(tab.getDomProperty("selected"))) {
            click(tab);
        }
        visible(content);
        browser.waitForVaadin();
        return this;
    }
}
