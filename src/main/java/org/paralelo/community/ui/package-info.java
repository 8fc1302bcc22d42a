/** The Network's screens: spaces, threads and the moderation queue. */
@NullMarked
package org.paralelo.community.ui;

import org.jspecify.annotations.NullMarked;
