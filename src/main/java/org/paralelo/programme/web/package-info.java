/** HTTP endpoints of the programme module outside Vaadin: the iCalendar subscription feeds. */
@NullMarked
package org.paralelo.programme.web;

import org.jspecify.annotations.NullMarked;
