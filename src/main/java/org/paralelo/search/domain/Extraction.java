package org.paralelo.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of extracting one stored file's text; pages are kept apart by form feeds. */
@Entity
@Table(name = "search_extraction")
public class Extraction {

    public enum Status { PENDING, DONE, TRUNCATED, FAILED, TOO_LARGE, TIMED_OUT, UNSUPPORTED }

    private static final String PAGE_BREAK = "\f";

    @Id
    @Column(name = "media_id")
    private long mediaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "char_count", nullable = false)
    private int charCount;

    @Column(length = 500)
    private @Nullable String problem;

    @Column(nullable = false, length = 1_000_000)
    private String pages;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Extraction() {
        this.status = Status.PENDING;
        this.mediaType = "";
        this.fileName = "";
        this.pages = "";
        this.updatedAt = Instant.EPOCH;
    }

    public Extraction(long mediaId, String mediaType, String fileName, Instant now) {
        this.mediaId = mediaId;
        this.status = Status.PENDING;
        this.mediaType = cut(mediaType, 120);
        this.fileName = cut(fileName, 255);
        this.pages = "";
        this.updatedAt = now;
    }

    public void finish(Status status, List<String> pages, @Nullable String problem, Instant now) {
        this.status = status;
        this.pages = String.join(PAGE_BREAK, pages.stream().map(p -> p.replace(PAGE_BREAK, " ")).toList());
        this.pageCount = pages.size();
        this.charCount = this.pages.length();
        this.problem = problem == null ? null : cut(problem, 500);
        this.updatedAt = now;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public long getMediaId() {
        return mediaId;
    }

    public Status getStatus() {
        return status;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public int getPageCount() {
        return pageCount;
    }

    public int getCharCount() {
        return charCount;
    }

    public @Nullable String getProblem() {
        return problem;
    }

    public List<String> pageTexts() {
        return pages.isEmpty() ? List.of() : Arrays.asList(pages.split(PAGE_BREAK, -1));
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
