/** The outbox rows, mail preferences and the unsubscribe signing key, with their repositories. */
@NullMarked
package org.paralelo.notifications.domain;

import org.jspecify.annotations.NullMarked;
