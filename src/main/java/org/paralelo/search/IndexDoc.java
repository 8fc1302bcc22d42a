package org.paralelo.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
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

    static {
        // Offsets in the postings let the UnifiedHighlighter work without re-analysing stored text.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    static String group(long courseId, String edition) {
        return courseId + "/" + edition;
    }

    Document toDocument() {
        boolean english = language.startsWith("en");
        String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        Document doc = new Document();
        doc.add(new KeywordField(Fields.ID, id, Field.Store.YES));
        doc.add(new KeywordField(Fields.GROUP, group(courseId, edition), Field.Store.NO));
        doc.add(new KeywordField(Fields.COURSE, Long.toString(courseId), Field.Store.YES));
        doc.add(new KeywordField(Fields.EDITION, edition, Field.Store.NO));
        doc.add(new KeywordField(Fields.TYPE, type.code(), Field.Store.YES));
        doc.add(new KeywordField(Fields.LANGUAGE, english ? "en" : "es", Field.Store.YES));
        for (String topic : topics) {
            doc.add(new KeywordField(Fields.TOPIC, topic, Field.Store.NO));
        }
        if (mediaId != null) {
            doc.add(new KeywordField(Fields.MEDIA, Long.toString(mediaId), Field.Store.NO));
        }
        doc.add(new TextField(Fields.title(english), title, Field.Store.YES));
        doc.add(new TextField(Fields.headings(english), headings, Field.Store.NO));
        doc.add(new Field(Fields.body(english), text, BODY_TYPE));
        doc.add(new TextField(Fields.SPELL, title + "\n" + headings + "\n" + text, Field.Store.NO));
        doc.add(new StoredField(Fields.TITLE, title));
        doc.add(new StoredField(Fields.COURSE_TITLE, courseTitle));
        doc.add(new StoredField(Fields.BREADCRUMB, String.join("\u001f", breadcrumb)));
        doc.add(new StoredField(Fields.PATH, path));
        if (filePath != null) {
            doc.add(new StoredField(Fields.FILE_PATH, filePath));
        }
        if (page != null) {
            doc.add(new StoredField(Fields.PAGE, page));
        }
        return doc;
    }
}
