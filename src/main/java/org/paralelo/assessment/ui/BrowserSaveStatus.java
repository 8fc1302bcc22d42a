package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.StaticAssets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A question card's save status ("Guardado", "Guardando…", "No se guardó, reintentando"), announced politely to
 * screen readers and kept true in the browser, which says "Guardando…" the moment the learner changes something.
 * It exists because that status used to stay "Guardando…" for good: when a second save of a card left the server's
 * status unchanged (nothing reached the browser), and when the learner took a change back before it was sent (typed
 * "3" after the saved "12" and deleted it; ticked and unticked a box). So after every save the server tells the
 * browser the status and the values it holds (long texts by length and hash, {@link #digest}), and the browser
 * compares its fields with them.
 */
final class BrowserSaveStatus {

    /** The web components whose "value" the learner changes, as the browser and the server both see it. */
    private static final Set<String> VALUE_FIELDS = Set.of("vaadin-text-field", "vaadin-text-area",
            "vaadin-radio-group", "vaadin-checkbox-group", "vaadin-select");

    /** The browser's half, a file of {@code frontend/}. */
    static final String SCRIPT = "scripts/save-status.js";

    /** Longer values travel back to the browser as a {@link #digest}. */
    private static final int SHORT_VALUE = 64;

    private final Span status = new Span();
    private final Component card;
    private final Component answer;

    /** The status of the answer field in the card; shows "Guardado" for an answer saved before. */
    BrowserSaveStatus(Component card, Component answer, boolean savedBefore) {
        this.card = card;
        this.answer = answer;
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        if (savedBefore) {
            status.setText(card.getTranslation("attempt.saved"));
            status.getElement().setAttribute("data-state", "saved");
        }
        // Paging a long quiz detaches the card and attaches a new element for it: the script goes with each.
        card.addAttachListener(attached -> watchChanges(attached.getUI()));
    }

    /** The status line, for the card to place. */
    Span line() {
        return status;
    }

    void saved() {
        show("saved", card.getTranslation("attempt.saved"));
    }

    void retrying() {
        show("retrying", card.getTranslation("attempt.retrying"));
    }

    void refused(String message) {
        show("refused", card.getTranslation("attempt.not-saved") + ": " + message);
    }

    private void show(String state, String text) {
        status.setText(text);
        status.getElement().setAttribute("data-state", state);
        // The browser may have changed the status since (see watchChanges): the server's word always goes through.
        card.getElement().executeJs("if (this.__paraleloServerSaid) this.__paraleloServerSaid($0, $1, $2)", state,
                text, serverValues());
    }

    /**
     * The browser's half ({@value #SCRIPT} under {@code frontend/}, whose comment says what it does): loaded once per
     * page, content-hashed and cached for a year, so each card's set-up in the page's UI JSON is this one call, not
     * the script's 2.5 KB again for every question (Vaadin also keeps a page's last response until its next request).
     */
    private void watchChanges(UI ui) {
        ui.getPage().addJavaScript("context://" + StaticAssets.url(SCRIPT));
        String state = status.getElement().getAttribute("data-state");
        card.getElement().executeJs("window.paraleloSaveStatus.watch(this, $0, $1, $2, $3, $4, $5)",
                status.getElement(), card.getTranslation("attempt.saving"), state, status.getText(), serverValues(),
                SHORT_VALUE);
    }

    /**
     * The values of the card's fields as the server holds them (what the browser last sent, or what the server set),
     * in the page's order, as the browser reads its own: text (a long one as its {@link #digest}), a chosen key, or
     * the sorted keys of the ticked boxes; nothing chosen or ticked is "".
     */
    private ArrayNode serverValues() {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        addValues(answer.getElement(), values);
        return values;
    }

    /**
     * A value longer than {@value #SHORT_VALUE} characters (an essay) as its length and 32-bit FNV-1a hash over its
     * UTF-16 code units, as the browser computes it: the answer the learner just sent is not sent back in full.
     */
    static String digest(String text) {
        if (text.length() <= SHORT_VALUE) {
            return text;
        }
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x01000193;
        }
        return "#" + text.length() + ":" + Integer.toHexString(hash);
    }

    private static void addValues(@Nullable Element element, ArrayNode values) {
        if (element == null || element.isTextNode()) {
            return;
        }
        if (VALUE_FIELDS.contains(element.getTag())) {
            Object value = element.getPropertyRaw("value");
            if (value instanceof JsonNode node && node.isArray() && !node.isEmpty()) {
                ArrayNode keys = values.addArray();
                node.values().stream().map(JsonNode::asString).sorted().forEach(keys::add);
            } else if (value instanceof JsonNode node) {
                values.add(node.isNull() || node.isArray() ? "" : digest(node.asString()));
            } else {
                values.add(value == null ? "" : digest(value.toString()));
            }
        }
        element.getChildren().forEach(child -> addValues(child, values));
    }
}
