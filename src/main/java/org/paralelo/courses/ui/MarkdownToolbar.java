package org.paralelo.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Buttons that wrap the selection (or insert at the cursor) with Markdown marks. The text area's selection lives
 * in the browser, so a small script edits it there and fires the change the server listens to.
 */
class MarkdownToolbar extends Div {

    private static final String WRAP = """
            const area = $0.querySelector('textarea');
            const start = area.selectionStart, end = area.selectionEnd;
            const selected = area.value.substring(start, end) || $3;
            const text = $1 + selected + $2;
            area.setRangeText(text, start, end, 'end');
            area.dispatchEvent(new Event('input', {bubbles: true}));
            area.dispatchEvent(new Event('change', {bubbles: true}));
            area.focus();
            """;

    // Lists mark each selected line, or start an empty item on a line of its own: no placeholder word to delete.
    private static final String LIST = """
            const area = $0.querySelector('textarea');
            const start = area.selectionStart, end = area.selectionEnd;
            const selected = area.value.substring(start, end);
            const lines = selected ? selected.split('\\n') : [''];
            const newLine = start > 0 && area.value[start - 1] !== '\\n' ? '\\n\\n' : '';
            const text = newLine + lines.map((line, i) => ($1 ? (i + 1) + '. ' : '- ') + line).join('\\n');
            area.setRangeText(text, start, end, 'end');
            area.dispatchEvent(new Event('input', {bubbles: true}));
            area.dispatchEvent(new Event('change', {bubbles: true}));
            area.focus();
            """;

    private final TextArea target;

    MarkdownToolbar(TextArea target) {
        this.target = target;
        addClassName("markdown-toolbar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("authoring.toolbar"));
        add(mark("toolbar.heading", "\n## ", "\n", "toolbar.sample.heading"),
                mark("toolbar.bold", "**", "**", "toolbar.sample.text"),
                mark("toolbar.italic", "_", "_", "toolbar.sample.text"),
                list("toolbar.list", false),
                list("toolbar.numbered", true),
                mark("toolbar.link", "[", "](https://)", "toolbar.sample.link"),
                mark("toolbar.quote", "\n> ", "\n", "toolbar.sample.text"),
                mark("toolbar.table", "\n| ", " | B |\n|---|---|\n| 1 | 2 |\n", "toolbar.sample.column"),
                mark("toolbar.video", "\n\n", "\n\n", "toolbar.sample.video"));
    }

    /** Inserts text at the cursor (or replaces the selection), as the toolbar buttons do. */
    void insert(String text) {
        target.getElement().executeJs(WRAP, target.getElement(), text, "", "");
    }

    private Button mark(String labelKey, String before, String after, String sampleKey) {
        return button(labelKey, () -> target.getElement().executeJs(WRAP, target.getElement(), before, after,
                getTranslation(sampleKey)));
    }

    private Button list(String labelKey, boolean numbered) {
        return button(labelKey, () -> target.getElement().executeJs(LIST, target.getElement(), numbered));
    }

    private Button button(String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("toolbar-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return button;
    }
}
