/** The Network's screens for people: network profile, member directory, member pages and private messages. */
@NullMarked
package org.paralelo.community.ui;

import org.jspecify.annotations.NullMarked;
