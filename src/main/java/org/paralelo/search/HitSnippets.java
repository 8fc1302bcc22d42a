package org.paralelo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Component;

/**
 * The hits of one page: what each shows (stored fields) and up to two snippets from its body. Only the page's
 * documents are read, and each is highlighted in its own language's body field only (a document has one), so the
 * highlighter never loads or scans a field the document does not have. The body is indexed with offsets, so the
 * {@link UnifiedHighlighter} takes the matches' positions from the postings instead of analysing the text again.
 */
@Component
class HitSnippets {

    /** What a hit shows: loading only these leaves the long stored body to the highlighter. */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TYPE, Fields.TITLE, Fields.BREADCRUMB,
            Fields.PATH, Fields.FILE_PATH, Fields.PAGE, Fields.LANGUAGE, Fields.COURSE);
    private static final int SNIPPETS = 2;

    private final QueryAnalysis analysis;

    HitSnippets(QueryAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The page's hits, with two-language breadcrumb parts in the reader's {@code locale}. */
    List<SearchHit> hits(IndexSearcher searcher, Query words, ScoreDoc[] page, Locale locale) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, HIT_FIELDS);
        }
        String[] snippets = new String[page.length];
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(IndexDoc.MAX_BODY)
                .build();
        for (boolean english : new boolean[] {false, true}) {
            highlight(highlighter, words, page, docs, english, snippets);
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(docs[i], snippets[i], locale));
        }
        return hits;
    }

    /** Snippets for the page's documents of one language, from that language's body field. */
    private static void highlight(UnifiedHighlighter highlighter, Query words, ScoreDoc[] page, Document[] docs,
                                  boolean english, String[] snippets) throws IOException {
        int[] positions = new int[page.length];
        int count = 0;
        for (int i = 0; i < page.length; i++) {
            if (english == isEnglish(docs[i])) {
                positions[count++] = i;
            }
        }
        if (count == 0) {
            return;
        }
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = page[positions[i]].doc;
        }
        String field = Fields.body(english);
        String[] found = highlighter.highlightFields(new String[] {field}, words, ids, new int[] {SNIPPETS})
                .get(field);
        for (int i = 0; i < count; i++) {
            snippets[positions[i]] = found[i];
        }
    }

    private static boolean isEnglish(Document doc) {
        return "en".equals(doc.get(Fields.LANGUAGE));
    }

    private static SearchHit hit(Document doc, String snippet, Locale locale) {
        String breadcrumb = doc.get(Fields.BREADCRUMB);
        String id = doc.get(Fields.ID);
        return new SearchHit(id, ContentType.fromCode(doc.get(Fields.TYPE)).orElse(ContentType.LESSON),
                doc.get(Fields.TITLE), breadcrumb == null || breadcrumb.isEmpty() ? List.of()
                : Arrays.stream(breadcrumb.split("\u001f")).map(part -> SearchDocument.inLanguage(part, locale))
                        .toList(),
                snippet == null || snippet.isBlank() ? List.of() : List.of(snippet), doc.get(Fields.PATH),
                doc.get(Fields.FILE_PATH),
                doc.getField(Fields.PAGE) == null ? null : doc.getField(Fields.PAGE).numericValue().intValue(),
                doc.get(Fields.LANGUAGE), id.contains("/" + Fields.DRAFT + "/"),
                doc.get(Fields.COURSE) == null ? 0 : Long.parseLong(doc.get(Fields.COURSE)));
    }
}
