package org.paralelo.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A {@link TabSheet} whose tab list holds only tabs, as ARIA requires (axe {@code aria-required-children},
 * critical). Vaadin's {@code vaadin-tabs} wraps its tabs in a scroller with {@code tabindex="-1"}, which makes that
 * scroller a focusable non-tab child of the {@code tablist}; the attribute is taken off once the component has
 * rendered. The tabs themselves stay focusable, so the browser never puts the scroller in the tab order.
 */
public class AccessibleTabSheet extends TabSheet {

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const tabs = this.querySelector('vaadin-tabs');
                if (!tabs) return;
                customElements.whenDefined('vaadin-tabs')
                  .then(() => tabs.updateComplete)
                  .then(() => {
                    const scroller = tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
                    if (scroller) scroller.removeAttribute('tabindex');
                  });""");
    }
}
