package org.paralelo.search;

import java.util.List;

/** The text of one attachment, page by page (a single page for formats without pages). */
record ExtractedText(long mediaId, String fileName, String mediaType, List<String> pages) {

    boolean paged() {
        return "application/pdf".equals(mediaType);
    }
}
