/** Screens: mail preferences for the signed-in person and the unsubscribe page that needs no sign-in. */
@NullMarked
package org.paralelo.notifications.ui;

import org.jspecify.annotations.NullMarked;
