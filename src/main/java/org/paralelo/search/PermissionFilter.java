package org.paralelo.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Who may see what, as a Lucene filter clause (never a filter on the results, so totals, facets, pages and
 * suggestions only ever count what the reader may see): admins search every draft (the newest state of every
 * course); trainers search the drafts of the courses they teach; everything else is the published edition of the
 * courses the reader may read. Other modules' documents ({@link SearchSource}) are found by whoever holds their access
 * key ({@code accessKeys}), admins included: each source decides what its keys are.
 */
record PermissionFilter(boolean admin, Set<Long> readable, Set<Long> taught, Set<String> accessKeys) {

    static final PermissionFilter NOBODY = new PermissionFilter(false, Set.of(), Set.of());

    PermissionFilter(boolean admin, Set<Long> readable, Set<Long> taught) {
        this(admin, readable, taught, Set.of());
    }

    Query query() {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        boolean any = false;
        if (!accessKeys.isEmpty()) {
            either.add(new TermInSetQuery(Fields.ACCESS, accessKeys.stream().map(BytesRef::new).toList()),
                    Occur.SHOULD);
            any = true;
        }
        if (admin) {
            either.add(new TermQuery(new Term(Fields.EDITION, Fields.DRAFT)), Occur.SHOULD);
            return either.build();
        }
        Set<Long> published = new HashSet<>(readable);
        published.removeAll(taught);
        if (!published.isEmpty()) {
            either.add(edition(Fields.PUBLISHED, published), Occur.SHOULD);
            any = true;
        }
        if (!taught.isEmpty()) {
            either.add(edition(Fields.DRAFT, taught), Occur.SHOULD);
            any = true;
        }
        return any ? either.build() : new MatchNoDocsQuery("nothing readable");
    }

    private static Query edition(String edition, Collection<Long> courses) {
        List<BytesRef> ids = courses.stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.EDITION, edition)), Occur.FILTER)
                .add(new TermInSetQuery(Fields.COURSE, ids), Occur.FILTER)
                .build();
    }
}
