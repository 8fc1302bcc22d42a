package org.paralelo.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.jspecify.annotations.Nullable;

/**
 * One searchable document, as a mapper produces it. {@code group} is the course edition it belongs to
 * ({@code 12/published}); {@code edition} decides who may see it; {@code path} is where a hit leads.
 */
record IndexDoc(String id, long courseId, String edition, ContentType type, String language, String title,
                String courseTitle, List<String> breadcrumb, List<String> topics, String headings, String body,
                String path, @Nullable String filePath, @Nullable Integer page, @Nullable Long mediaId) {

    /** Long bodies are cut: a snippet never needs more, and a giant file must not bloat the index. */
    static final int MAX_BODY = 200_000;

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);
    /** "Did you mean" needs only which words exist and how often: no frequencies, positions or norms. */
    private static final FieldType SPELL_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        // Offsets in the postings let the UnifiedHighlighter work without re-analysing stored text.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
        SPELL_TYPE.setIndexOptions(IndexOptions.DOCS);
        SPELL_TYPE.setOmitNorms(true);
        SPELL_TYPE.freeze();
    }

    static String group(long courseId, String edition) {
        return courseId + "/" + edition;
    }

    /** The searchable text and what a hit shows, the same for course material and other modules' documents. */
    static void addText(Document doc, boolean english, String title, String headings, String text,
                        List<String> breadcrumb, String path) {
        doc.add(new TextField(Fields.title(english), title, Field.Store.NO));
        doc.add(new TextField(Fields.headings(english), headings, Field.Store.NO));
        doc.add(new Field(Fields.body(english), text, BODY_TYPE));
        doc.add(new Field(Fields.SPELL, title + "\n" + headings + "\n" + text, SPELL_TYPE));
        doc.add(new StoredField(Fields.TITLE, title));
        doc.add(new StoredField(Fields.BREADCRUMB, String.join("\u001f", breadcrumb)));
        doc.add(new StoredField(Fields.PATH, path));
    }

    /**
     * Filters are plain indexed terms; topic, course, type and language are also facet values, all in the one
     * facet field {@link SearchFacets} counts in a single pass. The course facet value carries the course title, so
     * labelling the course facet needs no second search.
     */
    Document toDocument() {
        boolean english = language.startsWith("en");
        String lang = english ? "en" : "es";
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new StringField(Fields.GROUP, group(courseId, edition), Field.Store.NO));
        doc.add(new StringField(Fields.COURSE, Long.toString(courseId), Field.Store.YES));
        doc.add(new StringField(Fields.EDITION, edition, Field.Store.NO));
        doc.add(new StringField(Fields.TYPE, type.code(), Field.Store.YES));
        doc.add(new StringField(Fields.LANGUAGE, lang, Field.Store.YES));
        for (String topic : topics) {
            doc.add(new StringField(Fields.TOPIC, topic, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.TOPIC, topic));
        }
        doc.add(new SortedSetDocValuesFacetField(Fields.COURSE, SearchFacets.courseValue(courseId, courseTitle)));
        doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, type.code()));
        doc.add(new SortedSetDocValuesFacetField(Fields.LANGUAGE, lang));
        if (mediaId != null) {
            doc.add(new StringField(Fields.MEDIA, Long.toString(mediaId), Field.Store.NO));
        }
        addText(doc, english, title, headings, text, breadcrumb, path);
        if (filePath != null) {
            doc.add(new StoredField(Fields.FILE_PATH, filePath));
        }
        if (page != null) {
            doc.add(new StoredField(Fields.PAGE, page));
        }
        return SearchFacets.build(doc);
    }
}
