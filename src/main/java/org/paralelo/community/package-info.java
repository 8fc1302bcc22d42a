/**
 * The Network: where members share information, ideas and experiences long after a course ends — spaces,
 * threads and replies (debate threads among them), the opt-in member directory, private messages, shared
 * resources and their moderation. Other modules learn of new posts through {@link org.paralelo.community.PostPublished};
 * notifications turns that event into in-app notices and mail, so nothing here sends anything itself.
 */
@ApplicationModule(allowedDependencies = {"base", "people", "media", "courses", "learning"})
@NullMarked
package org.paralelo.community;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
