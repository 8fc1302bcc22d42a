/**
 * The Network's screens: spaces, threads and the moderation queue; the network profile, member directory, member
 * pages and private messages.
 */
@NullMarked
package org.paralelo.community.ui;

import org.jspecify.annotations.NullMarked;
