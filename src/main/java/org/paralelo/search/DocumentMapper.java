package org.paralelo.search;

import java.util.List;

/**
 * Turns one kind of content into index documents. Each content type has its own mapper (Spring bean), so new
 * content (forum posts, shared resources) plugs in by adding a mapper, without touching the index or the query.
 */
interface DocumentMapper {

    List<IndexDoc> map(CourseEdition edition);
}
