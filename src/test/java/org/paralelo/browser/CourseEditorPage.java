package org.paralelo.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.paralelo.support.BrowserTest;

/**
 * The course editor, autoria/cursos/:id: the header (title, state badge, publish, preview as learner) and the
 * tabs Estructura (module cards with their item rows) and Versiones. Every change rebuilds the view on the
 * server, so actions wait for the old content to be replaced and return a fresh page object.
 */
public class CourseEditorPage extends Page {

    private static final Pattern EDITOR_PATH = Pattern.compile("/autoria/cursos/(\\d+)");
    private static final By TITLE = By.id("editor-title");
    private static final By MODULE = By.cssSelector(".module-card");
    private static final By ITEM_ROW = By.cssSelector(".item-row");
    private static final By ITEM_TITLE = By.cssSelector(".item-row .item-title");
    private static final By VERSIONS_GRID = By.id("versions-grid");

    CourseEditorPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the course editor", d -> EDITOR_PATH.matcher(path()).matches());
        visible(TITLE);
        browser.waitForVaadin();
    }

    /** The course's id, read from the address. */
    public long courseId() {
        Matcher matcher = EDITOR_PATH.matcher(path());
        if (!matcher.matches()) {
            throw new IllegalStateException("not on a course editor: " + driver().getCurrentUrl());
        }
        return Long.parseLong(matcher.group(1));
    }

    public String title() {
        return text(visible(TITLE));
    }

    /** The state badge, e.g. "Borrador" or "Publicado · v1". */
    public String state() {
        return text(visible(By.id("course-state")));
    }

    /** "Agregar módulo": title and objectives in the dialog, then "Guardar". */
    public CourseEditorPage addModule(String title, String objectives) {
        showStructure();
        WebElement editorTitle = visible(TITLE);
        click("add-module");
        type("module-title", title);
        WebElement area = visible(By.id("module-objectives")).findElement(By.tagName("textarea"));
        area.clear();
        area.sendKeys(objectives);
        click("save-module");
        waitForReplacement(editorTitle, "waiting for the editor to show the module \"" + title + "\"");
        return new CourseEditorPage(browser);
    }

    public List<String> moduleTitles() {
        return texts(By.cssSelector(".module-card .module-head h2"));
    }

    /** "Agregar lección" in a module (1-based), the title in the dialog, then "Crear": the lesson editor opens. */
    public LessonEditorPage addLesson(int moduleNumber, String title) {
        showStructure();
        click(module(moduleNumber).findElement(By.cssSelector("vaadin-button.add-lesson")));
        type("item-title", title);
        click("create-item");
        return new LessonEditorPage(browser);
    }

    /**
     * "Agregar cuestionario" in a module (1-based), the title in the dialog, then "Crear": the quiz editor opens.
     */
    public QuizEditorPage addQuiz(int moduleNumber, String title) {
        showStructure();
        click(module(moduleNumber).findElement(By.cssSelector("vaadin-button.add-quiz")));
        type("item-title", title);
        click("create-item");
        return new QuizEditorPage(browser);
    }

    /** The titles of all lessons and quizzes, in course order. */
    public List<String> itemTitles() {
        return texts(ITEM_TITLE);
    }

    /** The titles of the lessons and quizzes of one module (1-based), in order. */
    public List<String> itemTitles(int moduleNumber) {
        return module(moduleNumber).findElements(ITEM_TITLE).stream().map(Page::text).toList();
    }

    /** The "Subir" button of an item row, found by its accessible name "Subir: title". */
    public CourseEditorPage moveUp(String itemTitle) {
        return moveWithButton("Subir: " + itemTitle);
    }

    /**
     * Drags one item row by its handle onto another row with a real pointer drag (Selenium Actions; Chromium turns
     * it into HTML5 dragstart/dragover/drop), which puts the dragged item in the target's place, in the target's
     * module.
     */
    public CourseEditorPage dragItemOnto(String draggedTitle, String targetTitle) {
        showStructure();
        WebElement source = itemRow(draggedTitle);
        WebElement target = itemRow(targetTitle);
        script("arguments[0].scrollIntoView({block: 'center'})", target);
        new Actions(driver()).dragAndDrop(source.findElement(By.cssSelector(".drag-handle")), target).perform();
        waitForReplacement(source, "waiting for the editor to show \"" + draggedTitle + "\" dropped onto \""
                + targetTitle + "\"");
        return new CourseEditorPage(browser);
    }

    /** Opens an item's editor from its title link. */
    public LessonEditorPage openLesson(String itemTitle) {
        showStructure();
        click(itemRow(itemTitle).findElement(By.cssSelector(".item-title")));
        return new LessonEditorPage(browser);
    }

    /** "Vista previa como participante": the learner's course page showing the draft. */
    public LearnerCoursePage previewAsLearner() {
        click("preview");
        return new LearnerCoursePage(browser);
    }

    /** "Publicar", confirmed in the dialog listing the changes, then waits for the header to show the new state. */
    public CourseEditorPage publish() {
        WebElement state = visible(By.id("course-state"));
        click("publish");
        click(visible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        waitForReplacement(state, "waiting for the editor to show the published state");
        return new CourseEditorPage(browser);
    }

    public CourseEditorPage showStructure() {
        return showTab("Estructura", By.id("add-module"));
    }

    public CourseEditorPage showVersions() {
        return showTab("Versiones", VERSIONS_GRID);
    }

    /** The version column of the history grid, newest first, e.g. ["v2 · vigente", "v1"]. */
    public List<String> versions() {
        List<WebElement> cells = visible(VERSIONS_GRID).findElements(By.tagName("vaadin-grid-cell-content"));
        return cells.stream().map(Page::text).filter(cell -> cell.matches("v\\d+.*")).toList();
    }

    /** The whole text of the history grid's cells, for assertions on who and what changed. */
    public String versionsText() {
        return String.join("\n", visible(VERSIONS_GRID).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().map(Page::text).filter(cell -> !cell.isEmpty()).toList());
    }

    private CourseEditorPage showTab(String label, By content) {
        WebElement tab = elementWithText(By.tagName("vaadin-tab"), label);
        if (!"true".equals(tab.getDomProperty("selected"))) {
            click(tab);
        }
        visible(content);
        browser.waitForVaadin();
        return this;
    }

    private CourseEditorPage moveWithButton(String accessibleName) {
        showStructure();
        WebElement button = visible(By.cssSelector("vaadin-button[aria-label=\"" + accessibleName + "\"]"));
        click(button);
        waitForReplacement(button, "waiting for the editor to show the move \"" + accessibleName + "\"");
        return new CourseEditorPage(browser);
    }

    private WebElement module(int moduleNumber) {
        List<WebElement> modules = waitUntil("waiting for module " + moduleNumber,
                d -> {
                    List<WebElement> found = d.findElements(MODULE);
                    return found.size() >= moduleNumber ? found : null;
                });
        return modules.get(moduleNumber - 1);
    }

    private WebElement itemRow(String itemTitle) {
        return waitUntil("waiting for the item row \"" + itemTitle + "\"",
                d -> d.findElements(ITEM_ROW).stream()
                        .filter(row -> text(row.findElement(By.cssSelector(".item-title"))).equals(itemTitle))
                        .findFirst().orElse(null));
    }
}
