// The save status of the quiz player's question cards (assessment/ui, QuestionCard): loaded once per page, so each
// card's set-up is one short call instead of this whole text in the page's UI JSON — ten questions sent it ten times,
// and Vaadin keeps a page's last response in memory until the next request.
//
// The status flips to "Guardando…" the moment the learner changes something, before the change reaches the server;
// the server's answer then shows what it did, with the values it holds (serverSaid). A change the server never hears
// of because the learner took it back (typed "123" over the saved "12" and deleted the "3" before the field sent
// anything; ticked and unticked a box) brings back what the server last said: the card's fields are compared with the
// values the server holds. A text field's "change" (on leaving it) only repeats its "input" events, so it only
// compares. A move in an ordering has no field: it says "Guardando…" until the server answers. While any answer on
// the page is still saving (or waiting to retry), closing or reloading the page makes the browser ask first.
window.paraleloSaveStatus = window.paraleloSaveStatus || (() => {
  const FIELDS = 'vaadin-text-field, vaadin-text-area, vaadin-radio-group, vaadin-checkbox-group, vaadin-select';
  const TEXT_FIELDS = 'vaadin-text-field, vaadin-text-area';

  // A long text (an essay) as its length and 32-bit FNV-1a hash over its UTF-16 code units, as the server computes it.
  const digest = (text, shortValue) => {
    if (text.length <= shortValue) return text;
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return '#' + text.length + ':' + (hash >>> 0).toString(16);
  };
  const read = (field, shortValue) => {
    const value = field.inputElement && field.matches(TEXT_FIELDS) ? field.inputElement.value : field.value;
    if (Array.isArray(value)) return value.length ? value.map(String).sort() : '';
    return value == null ? '' : digest(String(value), shortValue);
  };

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

  return {
    watch(card, status, savingText, state, text, values, shortValue) {
      let server = {state, text, values}, awaiting = false;
      const show = (state, text) => {
        status.textContent = text;
        if (state) { status.dataset.state = state; } else { delete status.dataset.state; }
      };
      const recheck = () => {
        const now = JSON.stringify([...card.querySelectorAll(FIELDS)].map(f => read(f, shortValue)));
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
        if (e.target.closest(TEXT_FIELDS)) {
          setTimeout(recheck);
        } else {
          changed();
        }
      });
      card.addEventListener('click', e => {
        if (e.target.closest('.order-move, .order-keep')) { awaiting = true; show('saving', savingText); }
      });
    }
  };
})();
