package org.paralelo.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * A {@link SearchDocument} as an index document: the same text fields, analysis and stored fields as course
 * material, no course or edition, and its access key (which {@link PermissionFilter} matches).
 */
final class SourceDocuments {

    private SourceDocuments() {
    }

    /** Source groups live apart from course editions ({@code 12/published}). */
    static String group(String group) {
        return "source:" + group;
    }

    static Document toDocument(SearchDocument source) {
        boolean english = source.language().startsWith("en");
        String lang = english ? "en" : "es";
        String body = source.body().length() > IndexDoc.MAX_BODY ? source.body().substring(0, IndexDoc.MAX_BODY)
                : source.body();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, source.id(), Field.Store.YES));
        doc.add(new StringField(Fields.GROUP, group(source.group()), Field.Store.NO));
        doc.add(new StringField(Fields.ACCESS, source.accessKey(), Field.Store.NO));
        doc.add(new StringField(Fields.TYPE, source.type().code(), Field.Store.YES));
        doc.add(new StringField(Fields.LANGUAGE, lang, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, source.type().code()));
        doc.add(new SortedSetDocValuesFacetField(Fields.LANGUAGE, lang));
        IndexDoc.addText(doc, english, source.title(), "", body, source.breadcrumb(), source.path());
        return SearchFacets.build(doc);
    }
}
