/** Community's persistent state (spaces, threads, posts, moderation), read and written only by its services. */
@NullMarked
package org.paralelo.community.domain;

import org.jspecify.annotations.NullMarked;
