package org.paralelo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet dimensions (topic, course, type, language), kept together in Lucene's one facet field so a search
 * counts all four in a single pass over its hits. A course's facet value is its id and title: a reader sees one
 * edition of each course (learners the published one, its trainers and admins the draft), so the pair is unique.
 */
final class SearchFacets {

    static final FacetsConfig CONFIG = new FacetsConfig();
    /** Between a course's id and title in its facet value (Lucene's own path separator is U+001F). */
    private static final char TITLE_SEPARATOR = '\u001e';

    static {
        CONFIG.setMultiValued(Fields.TOPIC, true);
    }

    private SearchFacets() {
    }

    static Document build(Document doc) {
        try {
            return CONFIG.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String courseValue(long courseId, String title) {
        return courseId + String.valueOf(TITLE_SEPARATOR) + title.replace(TITLE_SEPARATOR, ' ').replace('\u001f', ' ');
    }

    /** The course id of a course facet value. */
    static String courseId(String value) {
        int separator = value.indexOf(TITLE_SEPARATOR);
        return separator < 0 ? value : value.substring(0, separator);
    }

    static String courseTitle(String value) {
        int separator = value.indexOf(TITLE_SEPARATOR);
        return separator < 0 ? value : value.substring(separator + 1);
    }
}
