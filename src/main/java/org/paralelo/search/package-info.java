/**
 * Search: the embedded Lucene index over every training material (course pages, lessons, quiz feedback, the text
 * inside attachments), Spanish-first analysis, permission filters inside the query, the search view and the JSON
 * API. The index is a cache of the database and can always be rebuilt from it. Extension point: another module's
 * content plugs in as a {@link org.paralelo.search.SearchSource} (its documents and its access keys, without a
 * course) and keeps the index current through {@link org.paralelo.search.SearchFeed}; the permission filter stays
 * inside the Lucene query for every kind of document.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "courses", "media", "assessment"})
@NullMarked
package org.paralelo.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
