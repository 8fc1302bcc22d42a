/**
 * Community's persistent state — spaces, threads, posts and moderation; network profiles, Creative Cities,
 * conversations, messages and blocks — read and written only by its services.
 */
@NullMarked
package org.paralelo.community.domain;

import org.jspecify.annotations.NullMarked;
