package org.paralelo.search;

/** Field names of the index. Text fields come in a Spanish and an English flavour, one per analyzer. */
final class Fields {

    static final String ID = "id";
    /** All documents of one course edition: replaced together, so a re-index is one atomic upsert. */
    static final String GROUP = "group";
    static final String COURSE = "course";
    static final String EDITION = "edition";
    static final String TYPE = "type";
    static final String LANGUAGE = "lang";
    static final String TOPIC = "topic";
    static final String MEDIA = "media";
    /** Who may find another module's document: its {@link SearchSource} access key. */
    static final String ACCESS = "access";

    static final String TITLE_ES = "title_es";
    static final String HEADINGS_ES = "headings_es";
    static final String BODY_ES = "body_es";
    static final String TITLE_EN = "title_en";
    static final String HEADINGS_EN = "headings_en";
    static final String BODY_EN = "body_en";
    /** Words as written, for "did you mean". */
    static final String SPELL = "spell";

    static final String TITLE = "title";
    static final String BREADCRUMB = "breadcrumb";
    static final String PATH = "path";
    static final String FILE_PATH = "file_path";
    static final String PAGE = "page";

    static final String PUBLISHED = "published";
    static final String DRAFT = "draft";

    private Fields() {
    }

    static String title(boolean english) {
        return english ? TITLE_EN : TITLE_ES;
    }

    static String headings(boolean english) {
        return english ? HEADINGS_EN : HEADINGS_ES;
    }

    static String body(boolean english) {
        return english ? BODY_EN : BODY_ES;
    }
}
