package org.paralelo.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the sample courses are in (order 20): an index that is missing, corrupt, of an older schema or left by a
 * crash is rebuilt from the database in the background, while search keeps answering from what there is.
 */
@Component
@Order(40)
class SearchStartup implements ApplicationRunner {

    private final LuceneIndex index;
    private final CourseIndexer indexer;

    SearchStartup(LuceneIndex index, CourseIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (index.needsRebuild()) {
            indexer.rebuildAll();
        }
    }
}
