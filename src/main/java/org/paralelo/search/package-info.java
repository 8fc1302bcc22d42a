/**
 * Search: the embedded Lucene index over every training material (course pages, lessons, quiz feedback, the text
 * inside attachments), Spanish-first analysis, permission filters inside the query, the search view and the JSON
 * API. The index is a cache of the database and can always be rebuilt from it.
 */
@ApplicationModule(allowedDependencies = {"base", "people", "courses", "media", "assessment"})
@NullMarked
package org.paralelo.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
