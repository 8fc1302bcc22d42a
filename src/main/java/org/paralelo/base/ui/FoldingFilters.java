package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A row of filters that folds behind a "Filtros" button on a phone, so the results start on the first screen; on
 * wider screens the button is hidden and the filters always show (CSS in {@code paralelo.css}, {@code
 * .folding-filters}). The button says whether the filters are open ({@code aria-expanded}) and which element it
 * opens ({@code aria-controls}).
 */
public class FoldingFilters extends Div {

    private final Button toggle = new Button();
    private final HorizontalLayout filters = new HorizontalLayout();
    private boolean open;

    /** The filters, shown in order; {@code id} names the whole group (the filter row gets {@code id + "-row"}). */
    public FoldingFilters(String id, Component... fields) {
        setId(id);
        addClassName("folding-filters");
        filters.setId(id + "-row");
        filters.addClassName("filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.add(fields);
        toggle.setId(id + "-toggle");
        toggle.addClassName("filters-toggle");
        toggle.setText(getTranslation("filters.toggle"));
        toggle.setIcon(new Icon(VaadinIcon.FILTER));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-controls", filters.getId().orElseThrow());
        toggle.addClickListener(click -> setOpen(!open));
        add(toggle, filters);
        setOpen(false);
    }

    /** Opens or folds the filters on a phone (wider screens always show them). */
    public void setOpen(boolean open) {
        this.open = open;
        setClassName("open", open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    public boolean isOpen() {
        return open;
    }

    /** The row the filters sit in, for a caller that adds to it later or styles it. */
    public HorizontalLayout row() {
        return filters;
    }
}
