package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another module puts in the header of every signed-in page (the notifications bell), so this layout
 * need not know that module. Beans are asked once per page, in {@code @Order}, and placed before the user name.
 */
public interface HeaderItem {

    Component create();
}
