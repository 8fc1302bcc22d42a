package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
        card.addAttachListener(attached -> watchChanges());
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
     * The status flips to "Guardando…" in the browser the moment the learner changes something, before the change
     * reaches the server; the server's answer then shows what it did ({@link #show}), with the values it holds. A
     * change the server never hears of because the learner took it back (typed "123" over the saved "12" and
     * deleted the "3" before the field sent anything; ticked and unticked a box) brings back what the server last
     * said: the browser compares the card's fields with the values the server holds. A text field's "change" (on
     * leaving it) only repeats its "input" events, so it only compares. A move in an ordering has no field: it
     * says "Guardando…" until the server answers. While any answer on the page is still saving (or waiting to
     * retry), closing or reloading the page makes the browser ask first (issue #16).
     */
    private void watchChanges() {
        String state = status.getElement().getAttribute("data-state");
        card.getElement().executeJs("""
                const card = this, status = $0, savingText = $1;
                let server = {state: $2, text: $3, values: $4}, awaiting = false;
                const fields = 'vaadin-text-field, vaadin-text-area, vaadin-radio-group, vaadin-checkbox-group,'
                    + ' vaadin-select';
                const digest = text => {
                  if (text.length <= $5) return text;
                  let hash = 0x811c9dc5 | 0;
                  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
                  return '#' + text.length + ':' + (hash >>> 0).toString(16);
                };
                const read = field => {
                  const value = field.inputElement && field.matches('vaadin-text-field, vaadin-text-area')
                      ? field.inputElement.value : field.value;
                  if (Array.isArray(value)) return value.length ? value.map(String).sort() : '';
                  return value == null ? '' : digest(String(value));
                };
                const show = (state, text) => {
                  status.textContent = text;
                  if (state) { status.dataset.state = state; } else { delete status.dataset.state; }
                };
                const recheck = () => {
                  const now = JSON.stringify([...card.querySelectorAll(fields)].map(read));
                  if (awaiting || now !== JSON.stringify(server.values)) {
                    show('saving', savingText);
                  } else {
                    show(server.state, server.text);
                  }
                };
                card.__paraleloServerSaid = (state, text, values) => {
                  server = {state, text, values};
                  awaiting = false;
                  recheck();
                };
                // Before leaving, a card still "saving" looks again (a box ticked and unticked in one go).
                card.__paraleloRecheck = () => { if (status.dataset.state === 'saving') recheck(); };
                const changed = () => { show('saving', savingText); setTimeout(recheck); };
                card.addEventListener('input', changed);
                card.addEventListener('change', e => {
                  if (e.target.closest('vaadin-text-field, vaadin-text-area')) {
                    setTimeout(recheck);
                  } else {
                    changed();
                  }
                });
                card.addEventListener('click', e => {
                  if (e.target.closest('.order-move, .order-keep')) { awaiting = true; show('saving', savingText); }
                });
                if (!window.__paraleloUnsavedAnswers) {
                  window.__paraleloUnsavedAnswers = true;
                  window.addEventListener('beforeunload', e => {
                    document.querySelectorAll('.question-card').forEach(c => {
                      if (c.__paraleloRecheck) c.__paraleloRecheck();
                    });
                    if (document.querySelector('.question-card .save-status[data-state="saving"],'
                        + ' .question-card .save-status[data-state="retrying"]')) {
                      e.preventDefault();
                      e.returnValue = '';
                    }
                  });
                }
                """, status.getElement(), card.getTranslation("attempt.saving"), state, status.getText(),
                serverValues(), SHORT_VALUE);
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
