package org.paralelo.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.paralelo.base.SystemTask;
import org.paralelo.search.domain.SynonymList;
import org.paralelo.search.domain.SynonymListRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The query-time analyzer with the current synonym list. Synonyms apply to queries only, so an admin's edit takes
 * effect on the next search without re-indexing anything.
 */
@Component
class QueryAnalysis {

    private final SynonymListRepository lists;
    private volatile Analyzer analyzer = Analyzers.forQueries(null);

    QueryAnalysis(SynonymListRepository lists) {
        this.lists = lists;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        SystemTask.run(() -> lists.findById(SynonymList.THE_LIST).ifPresent(list -> use(list.getLines())));
    }

    void use(String lines) {
        try {
            analyzer = Analyzers.forQueries(parse(lines));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Parses a list in Solr's format: one group per line, "a, b, c" equivalent, "#" comments. */
    static SynonymMap parse(String lines) throws ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, Analyzers.synonymTerms());
        try {
            parser.parse(new StringReader(lines));
            return parser.build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (IllegalArgumentException e) {
            ParseException problem = new ParseException(e.getMessage(), 0);
            problem.initCause(e);
            throw problem;
        }
    }
}
